//! A `Draft` as a Word document in 公文 format (GB/T 9704-2012).

use crate::error::Result;
use crate::model::Draft;

/// The .docx bytes of `draft`.
pub fn to_docx(_draft: &Draft) -> Result<Vec<u8>> {
    Err(crate::Error::usage("Word 导出尚未实现"))
}
