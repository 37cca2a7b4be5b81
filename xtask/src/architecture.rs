//! ARCHITECTURE.md's list of the emulator's routes, derived from
//! `tim_emulator::routes()`: `write` puts it between its markers, `check`
//! fails while it is stale, as `readme` does for the README's coverage
//! table.

use tim_emulator::Route;

use crate::markers::Section;

const SECTION: Section = Section {
    file: "ARCHITECTURE.md",
    start: "<!-- emulator-routes:start -->",
    end: "<!-- emulator-routes:end -->",
};

/// The section: every endpoint the emulator models, one table per handler
/// file (in the order the endpoint table first reaches each file), each
/// endpoint in the endpoint table's order.
pub(crate) fn render() -> String {
    let routes: Vec<Route> = tim_emulator::routes().collect();
    let mut modules: Vec<&str> = Vec::new();
    for route in &routes {
        if !modules.contains(&route.handler_module()) {
            modules.push(route.handler_module());
        }
    }
    let mut text = format!(
        "{} endpoints modelled, in {} handler files (`tim_emulator::routes()`); \"handler\" is the function \
         that serves the endpoint, \"webhooks\" the function that builds its webhooks, if it fires any.\n",
        routes.len(),
        modules.len()
    );
    for module in modules {
        text.push_str(&format!(
            "\n`crates/emulator/src/handlers/{}.rs`:\n\n",
            module.replace("::", "/")
        ));
        text.push_str("| path | handler | webhooks |\n");
        text.push_str("|---|---|---|\n");
        for route in routes.iter().filter(|route| route.handler_module() == module) {
            let webhooks = route
                .webhooks
                .map_or_else(|| "no".to_owned(), |hooks| format!("yes: `webhooks::{hooks}`"));
            text.push_str(&format!(
                "| `{}` | `{}` | {webhooks} |\n",
                route.path.strip_prefix("v4/").unwrap_or(route.path),
                route.handler,
            ));
        }
    }
    text
}

/// Writes the current list into ARCHITECTURE.md.
pub(crate) fn write() -> Result<(), String> {
    SECTION.write(&render())?;
    println!(
        "ARCHITECTURE.md: the emulator's {} routes written",
        tim_emulator::routes().count()
    );
    Ok(())
}

/// Fails if ARCHITECTURE.md's list is not the one the emulator's routes give.
pub(crate) fn check() -> Result<(), String> {
    println!("==> architecture: the emulator's routes in ARCHITECTURE.md match the router");
    if SECTION.is_current(&render())? {
        println!("    {} routes listed", tim_emulator::routes().count());
        Ok(())
    } else {
        Err("ARCHITECTURE.md's list of the emulator's routes is stale: run `cargo xtask codegen` and commit".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_has_a_row_per_modelled_endpoint_under_its_handler_file() {
        let text = render();
        let rows: Vec<&str> = text.lines().filter(|line| line.starts_with("| `")).collect();
        assert_eq!(rows.len(), tim_emulator::Emulator::emulated_endpoints().count());
        assert!(rows.contains(&"| `sns/friend_add` | `friends::add` | no |"), "{text}");
        assert!(
            rows.contains(
                &"| `group_open_http_svc/create_group` | `groups::create` | yes: `webhooks::groups::create` |"
            ),
            "{text}"
        );
        let heading = text.find("`crates/emulator/src/handlers/friends.rs`:").unwrap();
        let row = text.find("| `sns/friend_add` |").unwrap();
        let next_heading = text[heading + 1..]
            .find("`crates/emulator/src/handlers/")
            .map(|at| heading + 1 + at);
        assert!(heading < row && next_heading.is_none_or(|next| row < next), "{text}");
    }

    #[test]
    fn architecture_md_lists_the_current_routes() {
        assert!(
            SECTION.is_current(&render()).unwrap(),
            "ARCHITECTURE.md's routes are stale"
        );
    }
}
