//! A group's whole life through the emulator, on both clients: create,
//! members, roles and owner, messages and their history through the pager,
//! recall, mutes, the group list through the pager, destroy.

use futures_util::StreamExt;
use tim_api::Error;
use tim_emulator::Emulator;
use tim_protocol::group::{
    AddGroupMemberRequest, ChangeGroupOwnerRequest, CreateGroupRequest, DeleteGroupMemberRequest, DestroyGroupRequest,
    ForbidSendMsgRequest, GetAppidGroupListRequest, GetGroupInfoRequest, GetGroupMemberInfoRequest,
    GetGroupMutedAccountRequest, GetJoinedGroupListRequest, GetRoleInGroupRequest, GroupMsgGetSimpleRequest,
    GroupMsgRecallRequest, GroupType, MemberResult, MemberRole, ModifyGroupMemberInfoRequest, ResponseFilter,
    SendGroupMsgRequest,
};
use tim_protocol::recentcontact::GetListRequest;
use tim_protocol::{Conversation, ErrorCode, Paged};
use tim_tests::driver::Driver;
use tim_tests::emulator::{code, import};
use tim_tests::harness::Harness;

/// Every page of `first`, through the client's pager: a `Stream` on the
/// async client, an `Iterator` on the blocking one.
async fn pages<R>(driver: &Driver, first: R) -> Vec<R::Response>
where
    R: Paged + Send + Sync + 'static,
    R::Response: Send + 'static,
{
    match driver {
        Driver::Async(client) => {
            let replies: Vec<Result<R::Response, Error>> = client.pages(first).collect().await;
            replies.into_iter().collect::<Result<_, _>>().expect("pages")
        }
        Driver::Blocking(client) => {
            let client = client.clone();
            tokio::task::spawn_blocking(move || client.pages(first).collect::<Result<Vec<_>, _>>())
                .await
                .expect("the blocking pager panicked")
                .expect("pages")
        }
    }
}

async fn role(driver: &Driver, group: &str, user: &str) -> MemberRole {
    let reply = driver.send(&GetRoleInGroupRequest::new(group, [user])).await.unwrap();
    reply.user_id_list.unwrap().remove(0).role
}

#[tokio::test(flavor = "multi_thread")]
async fn a_group_lives_and_dies_through_both_clients() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let name = driver.name();
        let [owner, ann, bob, cid] = ["owner", "ann", "bob", "cid"].map(|user| format!("{user}-{name}"));
        import(&driver, &[&owner, &ann, &bob, &cid]).await;

        // Create, with the owner and one member.
        let created = driver
            .send(&CreateGroupRequest::with_members(
                GroupType::Public,
                "team",
                &owner,
                [&ann],
            ))
            .await
            .unwrap();
        let group = created.group_id.unwrap();
        assert!(group.starts_with("@TGS#"), "{group}");

        // Add: one new, one already there, one never imported.
        let added = driver
            .send(&AddGroupMemberRequest::new(
                &group,
                [bob.as_str(), ann.as_str(), "ghost"],
            ))
            .await
            .unwrap();
        let results: Vec<_> = added.member_list.unwrap().into_iter().map(|m| m.result).collect();
        assert_eq!(
            results,
            [MemberResult::Added, MemberResult::AlreadyMember, MemberResult::Failed],
            "{name}"
        );
        driver.send(&AddGroupMemberRequest::new(&group, [&cid])).await.unwrap();
        driver
            .send(&DeleteGroupMemberRequest::new(&group, [&cid]))
            .await
            .unwrap();
        assert_eq!(role(&driver, &group, &cid).await, MemberRole::NotMember);

        // Roles and owner.
        driver
            .send(&ModifyGroupMemberInfoRequest::new(&group, &ann).role(MemberRole::Admin))
            .await
            .unwrap();
        assert_eq!(role(&driver, &group, &ann).await, MemberRole::Admin);
        driver.send(&ChangeGroupOwnerRequest::new(&group, &bob)).await.unwrap();
        assert_eq!(role(&driver, &group, &bob).await, MemberRole::Owner);
        assert_eq!(role(&driver, &group, &owner).await, MemberRole::Member);

        // Members, one per page, through the pager.
        let member_pages = pages(&driver, GetGroupMemberInfoRequest::page(&group, 1, 0)).await;
        let members: Vec<_> = member_pages
            .iter()
            .flat_map(|page| page.member_list.clone().unwrap_or_default())
            .map(|member| member.member_account.unwrap())
            .collect();
        assert_eq!(members, [owner.clone(), ann.clone(), bob.clone()], "{name}");

        // Messages: numbers rise from 1.
        let mut seqs = Vec::new();
        for (n, sender) in [&owner, &ann, &bob, &owner, &ann].into_iter().enumerate() {
            let sent = driver
                .send(&SendGroupMsgRequest::text(&group, format!("message {n}"), n as u32).from(sender.as_str()))
                .await
                .unwrap();
            seqs.push(sent.msg_seq.unwrap());
        }
        assert_eq!(seqs, [1, 2, 3, 4, 5], "{name}");

        // The group is on its members' recent lists.
        let recent = driver.send(&GetListRequest::first_page(&ann)).await.unwrap();
        assert!(
            recent
                .sessions
                .iter()
                .any(|session| session.conversation() == Conversation::group(&group)),
            "{name}: {recent:?}"
        );

        // Recall one; the history, two per page, skips it.
        let recalled = driver.send(&GroupMsgRecallRequest::new(&group, [4, 99])).await.unwrap();
        let codes: Vec<_> = recalled
            .recall_ret_list
            .unwrap()
            .into_iter()
            .map(|result| result.ret_code.code())
            .collect();
        assert_eq!(codes, [0, 10030], "{name}");
        let history = pages(&driver, GroupMsgGetSimpleRequest::new(&group, 2)).await;
        let read: Vec<u64> = history
            .iter()
            .flat_map(|page| page.rsp_msg_list.clone().unwrap_or_default())
            .map(|msg| msg.msg_seq.unwrap())
            .collect();
        assert_eq!(read, [5, 3, 2, 1], "{name}");

        // Mute a member: its message is refused with 10017, and again
        // accepted once the mute is lifted.
        driver
            .send(&ForbidSendMsgRequest::mute(&group, [&ann], 600))
            .await
            .unwrap();
        let muted = driver.send(&GetGroupMutedAccountRequest::new(&group)).await.unwrap();
        assert_eq!(muted.muted_account_list.unwrap()[0].member_account, ann);
        let refused = driver
            .send(&SendGroupMsgRequest::text(&group, "let me speak", 9).from(ann.as_str()))
            .await;
        assert_eq!(code(refused), ErrorCode::GroupMemberMuted, "{name}");
        driver
            .send(&ForbidSendMsgRequest::unmute(&group, [&ann]))
            .await
            .unwrap();
        let sent = driver
            .send(&SendGroupMsgRequest::text(&group, "thanks", 10).from(ann.as_str()))
            .await
            .unwrap();
        assert_eq!(sent.msg_seq, Some(6), "{name}: no number was spent on the refusal");

        // The owner's groups, and the app's groups through the pager.
        let joined = driver.send(&GetJoinedGroupListRequest::new(&bob)).await.unwrap();
        assert_eq!(joined.total_count, Some(1));
        for n in 0..3 {
            driver
                .send(&CreateGroupRequest::new(GroupType::Work, format!("extra {n}")).owner(&owner))
                .await
                .unwrap();
        }
        let list = pages(&driver, GetAppidGroupListRequest::page(2, 0)).await;
        let ids: Vec<String> = list
            .iter()
            .flat_map(|page| page.group_id_list.clone().unwrap_or_default())
            .map(|item| item.group_id)
            .collect();
        assert!(list.len() >= 2, "{name}: several pages");
        assert!(ids.contains(&group), "{name}");
        let unique: std::collections::HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{name}: each group once");

        // Destroy: the group is gone for every call.
        driver.send(&DestroyGroupRequest::new(&group)).await.unwrap();
        let info = driver
            .send(&GetGroupInfoRequest::new([&group]).filter(ResponseFilter::new()))
            .await
            .unwrap();
        assert_eq!(info.group_info.unwrap()[0].error_code, Some(ErrorCode::GroupNotFound));
        let gone = driver.send(&SendGroupMsgRequest::text(&group, "anyone?", 11)).await;
        assert_eq!(code(gone), ErrorCode::GroupNotFound, "{name}");
        let gone = driver.send(&DestroyGroupRequest::new(&group)).await;
        assert_eq!(code(gone), ErrorCode::GroupNotFound, "{name}");
        let gone = driver.send(&AddGroupMemberRequest::new(&group, [&cid])).await;
        assert_eq!(code(gone), ErrorCode::GroupNotFound, "{name}");
    }
}
