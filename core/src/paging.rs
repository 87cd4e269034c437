//! Which page of a list to read, checked the same way for every list (职工, 活动, 积分榜, 操作日志).
//!
//! A list query carries `page` (from 1) and `page_size` (1–[`PAGE_SIZE_MAX`]); [`Window::of`]
//! refuses anything else in plain Chinese, so page 0 is never read as page 1 without a word.

use crate::error::Coded;

/// Most rows one page of any list holds.
pub const PAGE_SIZE_MAX: u32 = 200;

/// A page that cannot be read, with the reason.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PageError {
    #[error("每页条数须在 1–{max} 之间，现在是 {size}")]
    SizeOutOfRange { size: u32, max: u32 },
    #[error("页码从 1 开始，现在是 0")]
    Zero,
}

impl Coded for PageError {
    fn code(&self) -> &'static str {
        match self {
            PageError::SizeOutOfRange { .. } => "page.size_out_of_range",
            PageError::Zero => "page.zero",
        }
    }
}

/// The rows one page covers: at most `limit` of them, after the first `offset`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub limit: i64,
    pub offset: i64,
}

impl Window {
    /// Page `page` (from 1) of `size` rows.
    pub fn of(page: u32, size: u32) -> Result<Window, PageError> {
        if !(1..=PAGE_SIZE_MAX).contains(&size) {
            return Err(PageError::SizeOutOfRange {
                size,
                max: PAGE_SIZE_MAX,
            });
        }
        if page == 0 {
            return Err(PageError::Zero);
        }
        let limit = i64::from(size);
        Ok(Window {
            limit,
            offset: i64::from(page - 1) * limit,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_the_rows_after_the_pages_before_it() {
        assert_eq!(
            Window::of(1, 20),
            Ok(Window {
                limit: 20,
                offset: 0
            })
        );
        assert_eq!(
            Window::of(3, 50),
            Ok(Window {
                limit: 50,
                offset: 100
            })
        );
        // The last page a u32 can name does not overflow.
        let far = Window::of(u32::MAX, PAGE_SIZE_MAX).unwrap();
        assert_eq!(far.offset, (i64::from(u32::MAX) - 1) * 200);
    }

    #[test]
    fn page_zero_and_a_size_out_of_range_are_refused_in_plain_words() {
        for size in [0, PAGE_SIZE_MAX + 1, u32::MAX] {
            let e = Window::of(1, size).unwrap_err();
            assert_eq!(e.code(), "page.size_out_of_range");
            assert_eq!(
                e.to_string(),
                format!("每页条数须在 1–200 之间，现在是 {size}")
            );
        }
        let e = Window::of(0, 20).unwrap_err();
        assert_eq!(e.code(), "page.zero");
        assert_eq!(e.to_string(), "页码从 1 开始，现在是 0");
    }
}
