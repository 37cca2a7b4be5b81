//! `tim callback sign | verify`, with the token from TIM_CALLBACK_TOKEN.

use std::process::{Command, Output};

const TOKEN: &str = "cli-SECRET-webhook-token";

fn tim(args: &[&str], token: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tim"));
    command.args(args).env_clear().env("TIM_SDKAPPID", "1400000000");
    if let Some(token) = token {
        command.env("TIM_CALLBACK_TOKEN", token);
    }
    command.output().unwrap()
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn sign_prints_the_documented_example() {
    let output = tim(
        &["callback", "sign", "--token", "xxxxyyyy", "--time", "1669872112"],
        None,
    );
    assert!(output.status.success(), "{}", text(&output));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "Sign=17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061&RequestTime=1669872112\n"
    );
}

#[test]
fn sign_then_verify_with_the_token_from_the_environment() {
    let signed = tim(&["callback", "sign"], Some(TOKEN));
    assert!(signed.status.success(), "{}", text(&signed));
    let pair = String::from_utf8(signed.stdout).unwrap();
    assert!(!pair.contains(TOKEN));
    let url = format!(
        "https://example.com/cb?SdkAppid=1400000000&CallbackCommand=State.StateChange&contenttype=json&{}",
        pair.trim()
    );

    let ok = tim(&["callback", "verify", &url], Some(TOKEN));
    assert!(ok.status.success(), "{}", text(&ok));
    assert!(text(&ok).contains("valid: State.StateChange"), "{}", text(&ok));

    let forged = tim(&["callback", "verify", &url], Some("another-token"));
    assert!(!forged.status.success());
    assert!(text(&forged).contains("Sign does not match"), "{}", text(&forged));

    let late = tim(&["callback", "verify", &url, "--at", "99999999999"], Some(TOKEN));
    assert!(!late.status.success());
    assert!(text(&late).contains("RequestTime"), "{}", text(&late));

    let other_app = tim(&["callback", "verify", &url, "--sdkappid", "1400000001"], Some(TOKEN));
    assert!(!other_app.status.success());
    assert!(text(&other_app).contains("SDKAppID"), "{}", text(&other_app));

    for output in [ok, forged, late, other_app] {
        assert!(!text(&output).contains(TOKEN), "{}", text(&output));
    }
}

#[test]
fn a_missing_token_is_an_error_that_names_the_flag() {
    let output = tim(&["callback", "sign"], None);
    assert!(!output.status.success());
    assert!(text(&output).contains("--token"), "{}", text(&output));
}
