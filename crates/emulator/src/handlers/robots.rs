//! `openim_robot_http_svc`: chatbot accounts (`create_robot`,
//! `delete_robot`, `get_all_robots`) and their streaming messages
//! (`send_stream_msg`). The registry of chatbots is `state::robots`; a
//! chatbot's account is an ordinary user's, so the other calls (profiles,
//! `sendmsg`, `admin_getroammsg`) take it as any imported account.
//!
//! The pages document 10004 (invalid parameter) and 10008 (invalid request,
//! "the number of created chatbots reaches the upper limit"). Where they are
//! silent, the emulator's choices:
//!
//! - **Creating** imports the account with its `Nick`, `FaceUrl` and
//!   `SelfSignature` (`Tag_Profile_IM_Nick`, `Tag_Profile_IM_Image`,
//!   `Tag_Profile_IM_SelfSignature` for `portrait_get`). A repeat with the
//!   same UserID succeeds and changes nothing ("will create only one chatbot
//!   account"), except that it imports the account again if `account_delete`
//!   deleted it meanwhile. The 21st chatbot of the app is refused with 10008. An
//!   account imported before under the same `@RBT#` UserID becomes the
//!   chatbot.
//! - **Deleting** makes the account invalid: it is no longer imported (the
//!   calls that need an account answer as for any unknown one), no longer
//!   listed, and its unfinished streams are dropped. Its one-to-one
//!   conversations are kept: no call reads them while the account is
//!   invalid (it is no peer), and creating the chatbot again finds them as
//!   they were. Deleting a deleted chatbot succeeds again;
//!   deleting a UserID that never was a chatbot is 10004. A deleted chatbot
//!   may be created again.
//! - **Streaming**: `From_Account` must be an active chatbot and
//!   `To_Account` an account (an administrator counts), else 10004. The
//!   first chunk (no `MsgKey`) draws the message's `MsgSeq` and `MsgRandom`
//!   and takes the emulator's time, so the key has the documented
//!   `{MsgSeq}_{MsgRandom}_{MsgTimeStamp}` shape. Chunks are appended in
//!   call order; the call with `Finish` 1 stores the whole text as one
//!   `TIMTextElem` message in the one-to-one history (so `admin_getroammsg`
//!   reads it, unread for the recipient, and it puts the conversation on
//!   both recent lists). Until then nothing is in the history. A `MsgKey`
//!   no stream has (never started, or finished) is 10004, as is a chunk
//!   whose sender or recipient differs from the stream's.

use tim_protocol::message::{MsgElement, MsgKey};
use tim_protocol::profile::ProfileItem;
use tim_protocol::robot::{
    CreateRobotRequest, DeleteRobotRequest, GetAllRobotsRequest, GetAllRobotsResponse, SendStreamMsgRequest,
    SendStreamMsgResponse,
};
use tim_protocol::{Conversation, EnvelopeOnlyResponse, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;
use crate::state::messages::{msg_key, Message};
use crate::state::robots::{Stream, StreamRefusal};
use crate::state::Account;

fn invalid(info: impl Into<String>) -> Failure {
    Failure::new(ErrorCode::GroupParameterInvalid, info)
}

pub(crate) fn create(ctx: &Context, request: CreateRobotRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let created = ctx.state.robots.create(&request.user_id).map_err(|()| {
        Failure::new(
            ErrorCode::GroupRequestInvalid,
            "the app has its 20 chatbot accounts already",
        )
    })?;
    // A repeat changes nothing, unless the account was deleted meanwhile
    // (`account_delete`): then it is imported again.
    ctx.state.with_user_or_insert(&request.user_id, |user| {
        if created || user.account.is_none() {
            let account = user.account.get_or_insert_with(Account::default);
            account.nick = request.nick.or(account.nick.take());
            account.face_url = request.face_url.or(account.face_url.take());
            if let Some(text) = request.self_signature {
                account.profile.set(ProfileItem::SelfSignature(text));
            }
        }
    });
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn delete(ctx: &Context, request: DeleteRobotRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let id = &request.robot_account;
    match ctx.state.robots.delete(id) {
        None => Err(invalid(format!("Robot_Account {id:?} is not a chatbot"))),
        Some(was_active) => {
            if was_active {
                ctx.state.with_user(id, |user| user.account = None);
            }
            Ok(EnvelopeOnlyResponse::new())
        }
    }
}

pub(crate) fn get_all(ctx: &Context, _request: GetAllRobotsRequest) -> Result<GetAllRobotsResponse, Failure> {
    Ok(GetAllRobotsResponse::new(ctx.state.robots.list()))
}

pub(crate) fn send_stream(ctx: &Context, request: SendStreamMsgRequest) -> Result<SendStreamMsgResponse, Failure> {
    let (from, to) = (&request.from_account, &request.to_account);
    if !ctx.state.robots.is_active(from) {
        return Err(invalid(format!("From_Account {from:?} is not a chatbot")));
    }
    if !ctx.is_account(to) {
        return Err(invalid(format!("To_Account {to:?} does not exist")));
    }
    let finish = request.finish == Some(1);
    let (key, finished) = match request.msg_key {
        None => {
            let (seq, random, time) = (rand::random(), rand::random(), ctx.msg_time());
            let key = msg_key(seq, random, time);
            let stream = Stream {
                from: from.clone(),
                to: to.clone(),
                seq,
                random,
                time,
                text: request.chunk,
            };
            if finish {
                (key, Some(stream))
            } else {
                ctx.state.robots.start(key.clone(), stream);
                (key, None)
            }
        }
        Some(key) => {
            let finished = ctx
                .state
                .robots
                .append(&key, from, to, &request.chunk, finish)
                .map_err(|refusal| match refusal {
                    StreamRefusal::UnknownKey => invalid(format!("no streaming message under way has MsgKey {key}")),
                    StreamRefusal::OtherParties => {
                        invalid(format!("the streaming message {key} is not from {from:?} to {to:?}"))
                    }
                })?;
            (key, finished)
        }
    };
    if let Some(stream) = finished {
        store(ctx, stream);
    }
    Ok(SendStreamMsgResponse::new(key))
}

/// Stores a finished stream as a text message, as `sendmsg` stores one: in
/// the conversation, unread for the recipient, on both users' lists.
fn store(ctx: &Context, stream: Stream) {
    let Stream {
        from,
        to,
        seq,
        random,
        time,
        text,
    } = stream;
    // Lock order: the conversation, then each user in turn.
    ctx.state.conversations.with_or_insert(&from, &to, |conversation| {
        let key: MsgKey = msg_key(seq, random, time);
        if conversation.find(&key).next().is_some() {
            return;
        }
        conversation.insert(Message {
            from: from.clone(),
            to: to.clone(),
            seq,
            random,
            time,
            body: vec![MsgElement::text(text)],
            cloud_custom_data: None,
            recalled: false,
            unread: true,
            peer_read: false,
            hidden_from_sender: false,
            extensions: None,
            stored_at: ctx.now(),
        });
        let msg_time = u64::try_from(time).unwrap_or(0);
        let mut sides = vec![(to.as_str(), from.as_str())];
        if from != to {
            sides.push((from.as_str(), to.as_str()));
        }
        for (user, peer) in sides {
            ctx.state.with_user(user, |user| {
                if user.account.is_none() {
                    return;
                }
                user.messages.peers.insert(peer.to_owned());
                user.recent.touch(&Conversation::c2c(peer), msg_time);
            });
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chatbot(ctx: &Context, id: &str) {
        create(ctx, CreateRobotRequest::new(id).nick("Jarvis")).unwrap();
    }

    #[test]
    fn a_chatbot_is_an_account_until_deleted() {
        let ctx = Context::for_tests();
        chatbot(&ctx, "@RBT#b");
        assert!(ctx.state.is_imported("@RBT#b"));
        assert_eq!(get_all(&ctx, GetAllRobotsRequest::new()).unwrap().robots(), ["@RBT#b"]);
        delete(&ctx, DeleteRobotRequest::new("@RBT#b")).unwrap();
        assert!(!ctx.state.is_imported("@RBT#b"));
        assert!(delete(&ctx, DeleteRobotRequest::new("@RBT#b")).is_ok());
        let never = delete(&ctx, DeleteRobotRequest::new("@RBT#x")).unwrap_err();
        assert_eq!(never.code, ErrorCode::GroupParameterInvalid);
        assert!(get_all(&ctx, GetAllRobotsRequest::new()).unwrap().robots().is_empty());
    }

    #[test]
    fn a_stream_is_stored_when_it_finishes() {
        let ctx = Context::for_tests();
        chatbot(&ctx, "@RBT#b");
        let first = SendStreamMsgRequest::new("@RBT#b", "admin", "hello, ");
        let reply = send_stream(&ctx, first.clone()).unwrap();
        let key = reply.msg_key.clone().unwrap();
        assert!(key.parts().is_some(), "{key}");
        let stored = |ctx: &Context| {
            ctx.state.conversations.with_or_insert("@RBT#b", "admin", |c| {
                c.find(&key).map(|(_, m)| m.body.clone()).collect::<Vec<_>>()
            })
        };
        assert!(stored(&ctx).is_empty(), "nothing is stored before the end");
        let last = first.next_chunk(&reply, "world").unwrap().finish();
        assert_eq!(send_stream(&ctx, last.clone()).unwrap().msg_key, Some(key.clone()));
        assert_eq!(stored(&ctx), [vec![MsgElement::text("hello, world")]]);
        let again = send_stream(&ctx, last).unwrap_err();
        assert_eq!(again.code, ErrorCode::GroupParameterInvalid, "the stream is over");
        let stranger = send_stream(&ctx, SendStreamMsgRequest::new("admin", "@RBT#b", "x")).unwrap_err();
        assert!(stranger.info.contains("not a chatbot"), "{}", stranger.info);
    }
}
