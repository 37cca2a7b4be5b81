//! A topic-enabled Community's topics: `million_group_open_http_svc`'s
//! `create_topic`, `destroy_topic`, `get_topic`, `modify_topic`, and
//! `group_open_http_svc/import_topic`.
//!
//! As documented: only a Community created with `SupportTopic` 1 has topics
//! (the emulator answers 10007 for any other group, 10010 without the
//! group); a custom `TopicId` is `GroupId` + `@TOPIC#_` + a part of its own
//! (checked by `validate()`), and one already in use answers 10021; a
//! deleted topic answers 110003 in `destroy_topic`'s per-topic results.
//!
//! Choices where the pages are silent:
//!
//! - A generated topic ID is `{GroupId}@TOPIC#_@TOPIC#c` and a counter in
//!   base 36. No cap on the number of topics is known, so none is kept.
//! - A `From_Account` (creating, importing, modifying, or reading its own
//!   state) must be a member of the Community: 10007 otherwise.
//! - `destroy_topic` answers per topic: 0 deleted, 110003 deleted before,
//!   10010 never a topic of the Community. A deleted topic's permission
//!   entries stay (the permission-group calls accept any topic ID of the
//!   Community's form, as before topics were modelled).
//! - `get_topic` lists every topic in creation order, or those asked in
//!   the order asked (an unknown one with a per-topic 10010 and its ID
//!   alone). `ResponseFilter` keeps the `TopicInfo` fields it names
//!   (`TopicId` always). Messages in topics are not emulated (their calls
//!   answer 60017), so `NextMsgSeq` is 1, `LastMsgTime` 0, and `SelfInfo`
//!   says not muted, nothing read, `AcceptAndNotify`.
//! - `modify_topic` changes the fields given (an empty text clears it) and
//!   answers 10010 for a topic the Community does not have.
//! - `import_topic`'s `CreateTime` defaults to the emulator's clock; it may
//!   not be later than it (10004).

use tim_protocol::group::{
    CreateTopicRequest, DestroyTopicRequest, DestroyTopicResponse, DestroyTopicResult, GetTopicRequest,
    GetTopicResponse, GroupType, ImportTopicRequest, ModifyTopicRequest, MuteAll, TopicAndSelfInfo, TopicIdResponse,
    TopicInfo, TopicSelfInfo,
};
use tim_protocol::{EnvelopeOnlyResponse, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;
use crate::state::group_failures;
use crate::state::groups::Group;
use crate::state::topics::{Topic, Topics};

/// Runs `work` on the topics of the topic-enabled Community `group_id`,
/// with the group registry locked: 10010 without such a group, 10007 if it
/// is not a Community with topics, or if `from` is given and not a member.
fn with_topics<T>(
    ctx: &Context,
    group_id: &str,
    from: Option<&str>,
    work: impl FnOnce(&Group, &mut Topics) -> Result<T, Failure>,
) -> Result<T, Failure> {
    let groups = ctx.state.groups.lock();
    let group = groups.find(group_id)?;
    if group.kind != GroupType::Community || group.profile.support_topic != Some(1) {
        return Err(Failure::new(
            ErrorCode::GroupPermissionDenied,
            format!(
                "group {:?} is not a Community created with SupportTopic 1: it has no topics",
                group.id
            ),
        ));
    }
    if let Some(from) = from {
        if !group.is_member(from) {
            return Err(group_failures::not_member(&group.id, from));
        }
    }
    let mut store = ctx.state.group_extras.lock();
    work(group, &mut store.of(group).topics)
}

fn unknown(topic_id: &str) -> Failure {
    Failure::new(ErrorCode::GroupNotFound, format!("topic {topic_id:?} does not exist"))
}

/// The ID a new topic gets: the custom one (10021 if in use) or a new one.
fn new_id(group: &Group, topics: &mut Topics, custom: Option<String>) -> Result<String, Failure> {
    match custom {
        Some(id) if topics.contains(&id) => Err(Failure::new(
            ErrorCode::GroupIdInUse,
            format!("topic ID {id:?} is already used"),
        )),
        Some(id) => Ok(id),
        None => Ok(topics.generate_id(&group.id)),
    }
}

/// The optional texts of a new topic.
struct Texts {
    face_url: Option<String>,
    notification: Option<String>,
    introduction: Option<String>,
    custom_string: Option<String>,
}

fn topic(name: String, created: u64, texts: Texts) -> Topic {
    let mut topic = Topic::new(name, created);
    topic.face_url = texts.face_url.unwrap_or_default();
    topic.notification = texts.notification.unwrap_or_default();
    topic.introduction = texts.introduction.unwrap_or_default();
    topic.custom_string = texts.custom_string.unwrap_or_default();
    topic
}

/// A new topic of `group_id`, created at `created`, named and with the
/// texts the request gave (`create_topic` and `import_topic` alike).
struct NewTopic<'a> {
    group_id: &'a str,
    from: Option<&'a str>,
    topic_id: Option<String>,
    name: String,
    created: u64,
    texts: Texts,
}

fn add(ctx: &Context, new: NewTopic<'_>) -> Result<TopicIdResponse, Failure> {
    with_topics(ctx, new.group_id, new.from, |group, topics| {
        let id = new_id(group, topics, new.topic_id)?;
        topics.insert(id.clone(), topic(new.name, new.created, new.texts));
        Ok(TopicIdResponse::new(id))
    })
}

pub(crate) fn create(ctx: &Context, request: CreateTopicRequest) -> Result<TopicIdResponse, Failure> {
    add(
        ctx,
        NewTopic {
            group_id: &request.group_id,
            from: request.from_account.as_deref(),
            topic_id: request.topic_id,
            name: request.topic_name,
            created: ctx.now(),
            texts: Texts {
                face_url: request.face_url,
                notification: request.notification,
                introduction: request.introduction,
                custom_string: request.custom_string,
            },
        },
    )
}

pub(crate) fn import(ctx: &Context, request: ImportTopicRequest) -> Result<TopicIdResponse, Failure> {
    let now = ctx.now();
    let created = request.create_time.unwrap_or(now);
    if created > now {
        return Err(Failure::new(
            ErrorCode::GroupParameterInvalid,
            format!("CreateTime {created} is later than now ({now})"),
        ));
    }
    add(
        ctx,
        NewTopic {
            group_id: &request.group_id,
            from: request.from_account.as_deref(),
            topic_id: request.topic_id,
            name: request.topic_name,
            created,
            texts: Texts {
                face_url: request.face_url,
                notification: request.notification,
                introduction: request.introduction,
                custom_string: request.custom_string,
            },
        },
    )
}

pub(crate) fn destroy(ctx: &Context, request: DestroyTopicRequest) -> Result<DestroyTopicResponse, Failure> {
    with_topics(ctx, &request.group_id, None, |_, topics| {
        let results: Vec<_> = request
            .topic_id_list
            .into_iter()
            .map(|id| {
                if topics.remove(&id) {
                    DestroyTopicResult::new(id, ErrorCode::Success, "ok")
                } else if topics.was_deleted(&id) {
                    DestroyTopicResult::new(id, ErrorCode::TopicDeleted, "the topic has been deleted")
                } else {
                    DestroyTopicResult::new(id, ErrorCode::GroupNotFound, "the topic does not exist")
                }
            })
            .collect();
        Ok(DestroyTopicResponse::new(results))
    })
}

/// `topic`'s profile as read, with the fields `want` keeps.
fn info(group: &Group, id: &str, topic: &Topic, want: &dyn Fn(&str) -> bool) -> TopicInfo {
    let mut info = TopicInfo::new(&group.id, id);
    if !want("GroupID") {
        info.group_id = None;
    }
    let text = |field: &str, value: &str| want(field).then(|| value.to_owned());
    info.topic_name = text("TopicName", &topic.name);
    info.face_url = text("FaceUrl", &topic.face_url);
    info.notification = text("Notification", &topic.notification);
    info.introduction = text("Introduction", &topic.introduction);
    info.custom_string = text("CustomString", &topic.custom_string);
    info.next_msg_seq = want("NextMsgSeq").then_some(1);
    info.create_time = want("CreateTime").then_some(topic.create_time);
    info.last_msg_time = want("LastMsgTime").then_some(0);
    info.mute_all_member = want("MuteAllMember").then_some(if topic.mute_all { MuteAll::On } else { MuteAll::Off });
    info
}

pub(crate) fn get(ctx: &Context, request: GetTopicRequest) -> Result<GetTopicResponse, Failure> {
    with_topics(ctx, &request.group_id, Some(&request.from_account), |group, topics| {
        let filter = request.response_filter.filter(|fields| !fields.is_empty());
        let want = |field: &str| filter.as_ref().is_none_or(|fields| fields.iter().any(|f| f == field));
        let found =
            |id: &str, topic: &Topic| TopicAndSelfInfo::new(info(group, id, topic, &want), TopicSelfInfo::new());
        let entries: Vec<_> = match request.topic_id_list.filter(|ids| !ids.is_empty()) {
            Some(ids) => ids
                .iter()
                .map(|id| match topics.get(id) {
                    Some(topic) => found(id, topic),
                    None => {
                        let mut entry = TopicAndSelfInfo::default();
                        entry.error_code = ErrorCode::GroupNotFound;
                        entry.error_info = Some(format!("topic {id:?} does not exist"));
                        let mut info = TopicInfo::default();
                        info.topic_id = Some(id.clone());
                        entry.topic_info = Some(info);
                        entry
                    }
                })
                .collect(),
            None => topics.all().map(|(id, topic)| found(id, topic)).collect(),
        };
        Ok(GetTopicResponse::new(entries))
    })
}

pub(crate) fn modify(ctx: &Context, request: ModifyTopicRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    with_topics(ctx, &request.group_id, request.from_account.as_deref(), |_, topics| {
        let topic = topics
            .get_mut(&request.topic_id)
            .ok_or_else(|| unknown(&request.topic_id))?;
        if let Some(name) = request.topic_name {
            topic.name = name;
        }
        if let Some(face_url) = request.face_url {
            topic.face_url = face_url;
        }
        if let Some(notification) = request.notification {
            topic.notification = notification;
        }
        if let Some(introduction) = request.introduction {
            topic.introduction = introduction;
        }
        if let Some(custom_string) = request.custom_string {
            topic.custom_string = custom_string;
        }
        if let Some(mute_all) = request.mute_all_member {
            topic.mute_all = mute_all == MuteAll::On;
        }
        Ok(EnvelopeOnlyResponse::new())
    })
}
