//! Operations management: the download links of the hourly message archives
//! (`open_msg_svc/get_history`,
//! <https://www.tencentcloud.com/document/product/1047/34885>) and the
//! service's IP addresses (`ConfigSvc/GetIPList`,
//! <https://www.tencentcloud.com/document/product/1047/36742>). Two services
//! of one page family, so one module.

mod get_history;
mod get_ip_list;

pub use get_history::{GetHistoryRequest, GetHistoryResponse, HistoryChatType, HistoryFile};
pub use get_ip_list::{GetIpListRequest, GetIpListResponse};
