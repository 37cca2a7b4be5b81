//! The `im_cos_msg` service: the rich-media files of chat messages (images,
//! files, audio and video uploaded through the IM SDKs): banning a file
//! (`forbid_illegal_object`), lifting the ban (`allow_banned_object`) and
//! reading full-control signed URLs with each file's status
//! (`get_cos_sig`).
//!
//! Where the facts come from. The official pages
//! (<https://cloud.tencent.com/document/product/269/74775>, `/74776`,
//! `/74777`, listed in the project's coverage list) are not among the stored
//! pages, so everything here is read from other SDKs:
//!
//! - the three paths, and the page numbers beside them: the PHP SDK
//!   chenjiacheng/tim (`Service/Operate.php`), the official generated SDK
//!   TencentCloud/tencentcloud-im-sdk-java (`docs/OperationApi.md`) and
//!   doocs/qcloud-im-server-sdk-java (`core/Operation.java`,
//!   `SERVICE_NAME_COS_MSG = "im_cos_msg"`);
//! - the field names, their types and which are required:
//!   TencentCloud/tencentcloud-im-sdk-java's `docs/ForbidIllegalObjectRequest.md`,
//!   `AllowBannedObjectRequest.md` (`RawURL`, String, required: "the file
//!   URL, from the URL field of an IM rich-media message"),
//!   `GetCosSigRequest.md` and `GetCosSigRequestRawURLsInner.md` (`RawURLs`,
//!   each `ResourceID` Integer and `RawURL` String, required),
//!   `GetCosSigResponse.md` and `GetCosSigResponseAllOfPreSigURLs.md`
//!   (`PreSigURLs`, each `ResourceID`, `Code`, `Desc`, `PreSigURL` (valid 15
//!   minutes) and `Status`: 0 normal, 1 banned, 2 missing); the ban and
//!   unban replies are that SDK's `CommonResponse` (status fields only);
//! - that the calls only apply to files uploaded through the IM SDKs (SDK
//!   4.9 or later, Web SDK 2.0 or later): doocs/qcloud-im-server-sdk-java's
//!   `docs/guide/operation_2.md`.
//!
//! None of these sources publishes a JSON sample, so the three endpoints
//! have no samples folder; none gives a limit (no cap on `RawURLs`), a rate
//! limit or an error table, so the checks are the required fields alone and
//! the codes are the gateway's (see [`crate::Service::CosMsg`]).

mod get_cos_sig;
mod raw_url_request;

pub use get_cos_sig::{CosFileStatus, GetCosSigRequest, GetCosSigResponse, PreSigUrl, RawUrlItem};
pub use raw_url_request::{
    AllowBannedObject, AllowBannedObjectRequest, ForbidIllegalObject, ForbidIllegalObjectRequest, RawUrlRequest,
};
