//! The route list: the endpoints the emulator models, one handler each.
//! A handler's request type says which endpoint it serves, so a line names
//! only the handler (and, for an endpoint that fires webhooks, the function
//! that builds them). [`Route`] describes a line for the crate's users.

use super::erased::{hooked, route, Handler};
use crate::handlers::official_accounts;
use crate::handlers::{accounts, contact_groups, marks, recent};
use crate::handlers::{app_info, config, moderation, msg_history, robots};
use crate::handlers::{avchatroom, bans};
use crate::handlers::{blocklist, follows, friend_lists, friends, global_mute};
use crate::handlers::{bulk_messages, counters, group_extensions, online_members, receipts, topics};
use crate::handlers::{cos_files, push, push_traces};
use crate::handlers::{extensions, history, messages, profiles, sessions, unread};
use crate::handlers::{group_attrs, group_members, group_messages, groups, permission_groups};
use crate::webhooks::{c2c, groups as group_hooks, profiles as profile_hooks};

/// One endpoint the emulator models, as [`crate::routes`] lists it: what
/// documentation derives from the route list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Route {
    /// The endpoint's path as the endpoint table has it, e.g.
    /// `v4/sns/friend_add`.
    pub path: &'static str,
    /// The function that serves it, as `module::function` below the
    /// crate's handlers, e.g. `friends::add`: the module is the file
    /// `src/handlers/<module>.rs`.
    pub handler: &'static str,
    /// For an endpoint that fires webhooks, the function that builds them,
    /// as `module::function` below the crate's `webhooks` module, e.g.
    /// `groups::create`; `None` for an endpoint that fires none.
    pub webhooks: Option<&'static str>,
}

impl Route {
    /// The handler's module, e.g. `friends` for `friends::add`.
    pub fn handler_module(&self) -> &'static str {
        self.handler.rsplit_once("::").map_or("", |(module, _)| module)
    }

    /// Whether the endpoint fires webhooks (when the app has a webhook URL).
    pub fn fires_webhooks(&self) -> bool {
        self.webhooks.is_some()
    }
}

/// The description of `handler`'s line.
pub(super) fn describe(handler: &Handler) -> Route {
    Route {
        path: handler.path,
        handler: below(handler.operation, "handlers"),
        webhooks: handler.hooks.map(|hooks| below(hooks, "webhooks")),
    }
}

/// What follows the module `module` in a type name such as
/// `tim_emulator::handlers::friends::add`.
fn below(type_name: &'static str, module: &str) -> &'static str {
    type_name
        .split_once(&format!("::{module}::"))
        .map_or(type_name, |(_, rest)| rest)
}

/// The endpoints the emulator models, one handler each; `hooked` ones also
/// deliver webhooks (see the module `webhooks`).
pub(super) fn list() -> Vec<Handler> {
    vec![
        // im_open_login_svc
        route(accounts::import),
        route(accounts::import_many),
        route(accounts::check),
        route(accounts::delete),
        // recentcontact
        route(contact_groups::create),
        route(contact_groups::update),
        route(contact_groups::delete),
        route(contact_groups::get),
        route(marks::mark),
        route(marks::search),
        route(recent::list),
        route(recent::delete),
        // group_open_http_svc: groups
        hooked(groups::create, group_hooks::create),
        route(groups::import),
        hooked(groups::destroy, group_hooks::destroy),
        route(groups::info),
        hooked(groups::modify, group_hooks::modify_info),
        route(groups::app_list),
        route(groups::joined),
        // group_open_http_svc: members and mutes
        hooked(group_members::add, group_hooks::add_members),
        route(group_members::import),
        hooked(group_members::delete, group_hooks::delete_members),
        route(group_members::modify),
        route(group_members::info),
        route(group_members::roles),
        hooked(group_members::change_owner, group_hooks::change_owner),
        route(group_members::forbid),
        route(group_members::muted),
        route(group_members::specified),
        // group_open_http_svc: bans of audio-video groups
        route(bans::ban),
        route(bans::unban),
        route(bans::list),
        // group_open_avchatroom_http_svc: online members, marks, robots, admins
        route(avchatroom::get_members),
        route(avchatroom::check_members),
        route(avchatroom::modify_user_info),
        route(avchatroom::add_robots),
        route(avchatroom::del_robots),
        route(avchatroom::modify_admin),
        route(avchatroom::get_admin_list),
        // group_open_http_svc: a Community's permission groups
        route(permission_groups::create),
        route(permission_groups::destroy),
        route(permission_groups::modify),
        route(permission_groups::get),
        route(permission_groups::add_topics),
        route(permission_groups::set_topics),
        route(permission_groups::delete_topics),
        route(permission_groups::get_topics),
        route(permission_groups::add_members),
        route(permission_groups::delete_members),
        route(permission_groups::members),
        // group_open_http_svc: messages (and openim/modify_group_msg)
        hooked(group_messages::send, group_hooks::send_msg),
        route(group_messages::notify),
        route(group_messages::history),
        hooked(group_messages::recall, group_hooks::recall),
        route(group_messages::delete_by_sender),
        route(group_messages::import),
        route(group_messages::set_unread),
        route(group_messages::modify),
        route(bulk_messages::clear),
        route(bulk_messages::broadcast),
        route(receipts::counts),
        route(receipts::detail),
        route(receipts::report),
        // group_open_http_svc: counters; online counts (both services)
        route(counters::get),
        route(counters::update),
        route(counters::delete),
        route(online_members::av_group),
        route(online_members::community),
        // million_group_open_http_svc (and import_topic): a Community's topics
        route(topics::create),
        route(topics::import),
        route(topics::destroy),
        route(topics::get),
        route(topics::modify),
        // group attributes
        route(group_attrs::get),
        route(group_attrs::modify),
        route(group_attrs::set),
        route(group_attrs::clear),
        route(group_attrs::delete),
        // openim: one-to-one messages and login status
        hooked(messages::send, c2c::sendmsg),
        route(messages::send_batch),
        route(messages::import),
        route(history::get),
        hooked(history::recall, c2c::msgwithdraw),
        route(history::modify),
        route(history::delete_one_side),
        route(unread::set_read),
        route(unread::read_receipt),
        route(unread::counts),
        route(sessions::query),
        route(sessions::kick),
        // openim_msg_ext_http_svc
        route(extensions::set),
        route(extensions::get),
        route(group_extensions::set),
        route(group_extensions::get),
        // profile
        hooked(profiles::set, profile_hooks::portrait_set),
        route(profiles::get),
        // sns
        route(friends::add),
        route(friends::import),
        route(friends::update),
        route(friends::delete),
        route(friends::delete_all),
        route(friends::check),
        route(friends::get),
        route(friends::get_list),
        route(blocklist::add),
        route(blocklist::delete),
        route(blocklist::get),
        route(blocklist::check),
        route(friend_lists::add),
        route(friend_lists::delete),
        route(friend_lists::get),
        route(follows::add),
        route(follows::delete),
        route(follows::get),
        route(follows::check),
        route(follows::get_info),
        route(global_mute::set),
        route(global_mute::get),
        // official_account_open_http_svc
        route(official_accounts::create),
        route(official_accounts::destroy),
        route(official_accounts::modify),
        route(official_accounts::get_info),
        route(official_accounts::add_subscribers),
        route(official_accounts::delete_subscribers),
        route(official_accounts::get_subscribers),
        route(official_accounts::modify_subscriber),
        route(official_accounts::get_subscribed),
        route(official_accounts::send),
        route(official_accounts::history),
        route(official_accounts::recall),
        // misc: im_msg_audit_mgr and im_msg_audit (moderation),
        // openim_robot_http_svc (chatbots), ConfigSvc.
        route(moderation::add_keywords),
        route(moderation::get_keywords),
        route(moderation::delete_keywords),
        route(moderation::get_libraries),
        route(moderation::content),
        route(moderation::batch_content),
        route(robots::create),
        route(robots::delete),
        route(robots::get_all),
        route(robots::send_stream),
        route(config::get_ip_list),
        // all_member_push, and the timpush paths sharing its state.
        route(push::im_push),
        route(push::set_attr_name),
        route(push::get_attr_name),
        route(push::get_attr),
        route(push::set_attr),
        route(push::remove_attr),
        route(push::get_tag),
        route(push::add_tag),
        route(push::remove_tag),
        route(push::remove_all_tags),
        route(push::timpush_push),
        route(push::timpush_revoke),
        route(push::timpush_set_attr_name),
        route(push::timpush_get_attr_name),
        route(push::timpush_get_tag),
        route(push_traces::trace),
        // im_cos_msg: the chat files' bans and signed URLs.
        route(cos_files::forbid),
        route(cos_files::allow),
        route(cos_files::get_sig),
        // leftover: operations data and the message archives.
        route(app_info::get),
        route(msg_history::get),
    ]
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use tim_protocol::Endpoint;

    use super::super::emulated;
    use super::*;

    #[test]
    fn every_handler_is_an_endpoint_of_the_table_and_listed_once() {
        let handlers = list();
        let paths: HashSet<_> = handlers.iter().map(|handler| handler.path).collect();
        assert_eq!(paths.len(), handlers.len());
        for path in paths {
            assert!(Endpoint::find(path).is_some(), "{path}");
            assert!(emulated(path), "{path}");
        }
    }

    #[test]
    fn a_route_names_its_handler_and_webhooks_below_their_modules() {
        let routes: Vec<Route> = list().iter().map(describe).collect();
        let find = |path: &str| *routes.iter().find(|route| route.path == path).unwrap();
        let plain = find("v4/recentcontact/update_contact_group");
        assert_eq!((plain.handler, plain.webhooks), ("contact_groups::update", None));
        assert_eq!(plain.handler_module(), "contact_groups");
        let hooked = find("v4/group_open_http_svc/create_group");
        assert_eq!(
            (hooked.handler, hooked.webhooks),
            ("groups::create", Some("groups::create"))
        );
        assert!(hooked.fires_webhooks() && !plain.fires_webhooks());
        for route in &routes {
            // One module below the handlers, then the function: never a
            // closure or a full path.
            assert_eq!(route.handler.split("::").count(), 2, "{route:?}");
            assert!(
                route.webhooks.is_none_or(|hooks| hooks.split("::").count() == 2),
                "{route:?}"
            );
        }
    }
}
