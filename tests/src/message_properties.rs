//! Properties of the shared message model (`tim_protocol::message`): every
//! element type round-trips, and element types the crate does not know come
//! back exactly as they were sent.

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde_json::{json, Value};
use tim_protocol::message::{
    CustomElem, FaceElem, FileElem, ImageElem, ImageFormat, ImageInfo, ImageKind, LocationElem, MsgBody, MsgElement,
    OfflinePushInfo, SoundElem, VideoFileElem,
};

use crate::properties::{runner, Property};
use crate::strategies::unicode_text;

/// The message-model properties, for [`crate::properties::all`].
pub fn all() -> Vec<Property> {
    vec![
        Property {
            name: "message: every element type serializes, parses back equal, and keeps its MsgType",
            run: elements_round_trip,
        },
        Property {
            name: "message: an element of an unknown MsgType is kept as raw JSON and written back unchanged",
            run: unknown_elements_survive,
        },
        Property {
            name: "message: a MsgBody mixing known and unknown elements round-trips as JSON",
            run: bodies_round_trip,
        },
    ]
}

fn text() -> impl Strategy<Value = String> {
    unicode_text(40)
}

fn opt_text() -> impl Strategy<Value = Option<String>> {
    prop::option::of(text())
}

fn opt_u64() -> impl Strategy<Value = Option<u64>> {
    prop::option::of(any::<u64>())
}

/// An element of every documented type, typed as the model builds them.
/// Integer enums come from `From<i64>`, so unknown values are covered too.
pub fn element() -> impl Strategy<Value = MsgElement> {
    let text_elem = text().prop_map(MsgElement::text);
    // Finite coordinates: JSON has no NaN or infinity.
    let location = (text(), -90.0f64..90.0, -180.0f64..180.0)
        .prop_map(|(desc, lat, lon)| MsgElement::Location(LocationElem::new(desc, lat, lon)));
    let face = (any::<i64>(), opt_text()).prop_map(|(index, data)| {
        let mut face = FaceElem::new(index);
        face.data = data;
        MsgElement::Face(face)
    });
    let custom = (text(), opt_text(), opt_text(), opt_text()).prop_map(|(data, desc, ext, sound)| {
        let mut custom = CustomElem::new(data);
        custom.desc = desc;
        custom.ext = ext;
        custom.sound = sound;
        MsgElement::Custom(custom)
    });
    let sound = (
        opt_text(),
        opt_text(),
        opt_u64(),
        opt_u64(),
        prop::option::of(any::<i64>()),
    )
        .prop_map(|(url, uuid, size, second, flag)| {
            let mut sound = SoundElem::from_url("", "", 0, 0);
            sound.url = url;
            sound.uuid = uuid;
            sound.size = size;
            sound.second = second;
            sound.download_flag = flag;
            MsgElement::Sound(sound)
        });
    let info = (any::<i64>(), any::<u64>(), any::<u64>(), any::<u64>(), text())
        .prop_map(|(kind, size, w, h, url)| ImageInfo::new(ImageKind::from(kind % 5), size, w, h, url));
    let image = (text(), any::<i64>(), prop::collection::vec(info, 0..4)).prop_map(|(uuid, format, infos)| {
        MsgElement::Image(ImageElem::new(uuid, ImageFormat::from(format % 300), infos))
    });
    let file = (opt_text(), opt_text(), opt_u64(), opt_text()).prop_map(|(url, uuid, size, name)| {
        let mut file = FileElem::from_url("", "", 0, "");
        file.url = url;
        file.uuid = uuid;
        file.file_size = size;
        file.file_name = name;
        file.download_flag = None;
        MsgElement::File(file)
    });
    let video = (opt_text(), opt_text(), opt_u64(), opt_text(), opt_u64(), opt_u64()).prop_map(
        |(video_url, thumb_url, size, format, width, height)| {
            let mut video = VideoFileElem::default();
            video.video_url = video_url;
            video.thumb_url = thumb_url;
            video.video_size = size;
            video.video_format = format;
            video.thumb_width = width;
            video.thumb_height = height;
            video.video_download_flag = Some(2);
            MsgElement::VideoFile(video)
        },
    );
    let relay = (text(), 0u64..5, prop::collection::vec(text(), 0..3)).prop_map(|(title, n, lines)| {
        let json = json!({
            "MsgType": "TIMRelayElem",
            "MsgContent": {
                "Title": title,
                "MsgNum": n,
                "AbstractList": lines,
                "MsgList": [{"From_Account": "A", "MsgSeq": n, "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}]}]
            }
        });
        serde_json::from_value(json).expect("a relay element parses")
    });
    prop_oneof![text_elem, location, face, custom, sound, image, file, video, relay]
}

/// A JSON value of small depth: any of the JSON kinds.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        text().prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[A-Za-z_]{1,8}", inner, 0..4)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// An element whose `MsgType` is not one the crate knows, with any content
/// and possibly extra top-level fields.
fn unknown_element() -> impl Strategy<Value = Value> {
    (
        "TIM[A-Za-z]{1,12}Elem",
        json_value(),
        prop::collection::btree_map("[A-Za-z]{1,8}", json_value(), 0..3),
    )
        .prop_filter("not a known type", |(kind, _, _)| {
            !MsgElement::KNOWN_TYPES.contains(&kind.as_str())
        })
        .prop_map(|(kind, content, extra)| {
            let mut object: serde_json::Map<String, Value> = extra.into_iter().collect();
            object.insert("MsgType".into(), kind.into());
            object.insert("MsgContent".into(), content);
            Value::Object(object)
        })
}

fn fail(error: impl std::fmt::Display) -> TestCaseError {
    TestCaseError::fail(error.to_string())
}

fn elements_round_trip(cases: u32) -> Result<(), String> {
    runner(cases)
        .run(&element(), |element| {
            let json = serde_json::to_value(&element).map_err(fail)?;
            prop_assert_eq!(json["MsgType"].as_str(), Some(element.msg_type()));
            let back: MsgElement = serde_json::from_value(json.clone()).map_err(fail)?;
            prop_assert!(!matches!(back, MsgElement::Other(_)), "{} parsed as Other", json);
            prop_assert_eq!(back, element, "JSON was {}", json);
            Ok(())
        })
        .map_err(|e| e.to_string())
}

fn unknown_elements_survive(cases: u32) -> Result<(), String> {
    runner(cases)
        .run(&unknown_element(), |raw| {
            let element: MsgElement = serde_json::from_value(raw.clone()).map_err(fail)?;
            prop_assert_eq!(&element, &MsgElement::Other(raw.clone()));
            prop_assert_eq!(serde_json::to_value(&element).map_err(fail)?, raw);
            Ok(())
        })
        .map_err(|e| e.to_string())
}

fn bodies_round_trip(cases: u32) -> Result<(), String> {
    let item = prop_oneof![
        3 => element().prop_map(|e| serde_json::to_value(e).expect("serializes")),
        1 => unknown_element(),
    ];
    let push = (opt_text(), opt_text()).prop_map(|(title, desc)| {
        let mut push = OfflinePushInfo::new();
        push.title = title;
        push.desc = desc;
        push
    });
    runner(cases)
        .run(&(prop::collection::vec(item, 0..6), push), |(items, push)| {
            let raw = Value::Array(items);
            let body: MsgBody = serde_json::from_value(raw.clone()).map_err(fail)?;
            prop_assert_eq!(serde_json::to_value(&body).map_err(fail)?, raw);
            let push_json = serde_json::to_value(&push).map_err(fail)?;
            prop_assert_eq!(
                serde_json::from_value::<OfflinePushInfo>(push_json).map_err(fail)?,
                push
            );
            Ok(())
        })
        .map_err(|e| e.to_string())
}
