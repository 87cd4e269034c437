//! The footer HR systems and people put under a 花名册: 制表人, 审核人, 日期, 合计 lines, or a line
//! with text in one cell only. Those rows are not people; the import skips them without calling
//! them errors.

/// Words a footer line starts with (spaces ignored), as units' forms write them.
const FOOTER_WORDS: &[&str] = &[
    "制表",
    "填表",
    "填报",
    "审核",
    "审批",
    "复核",
    "负责人",
    "单位负责人",
    "经办人",
    "日期",
    "合计",
    "总计",
    "小计",
    "共计",
    "备注",
    "说明",
    "注：",
    "注:",
    "盖章",
    "（盖章）",
    "(盖章)",
];

/// Where the footer starts among `data` (rows after the header, each starting with its line
/// number): the first of the rows at the end that all look like a footer; `data.len()` when none
/// does. Only rows after the last person count, so a 小计 line between people stays an error row.
pub fn footer_start(data: &[Vec<String>]) -> usize {
    let mut start = data.len();
    while start > 0 && is_footer_line(&data[start - 1]) {
        start -= 1;
    }
    start
}

fn is_footer_line(raw: &[String]) -> bool {
    let texts: Vec<String> = raw
        .iter()
        .skip(1)
        .map(|c| {
            c.chars()
                .filter(|ch| !ch.is_whitespace())
                .collect::<String>()
        })
        .filter(|c| !c.is_empty())
        .collect();
    match texts.first() {
        None => false,
        Some(first) => texts.len() == 1 || FOOTER_WORDS.iter().any(|w| first.starts_with(w)),
    }
}
