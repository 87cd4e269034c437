//! Small text checks shared by every feature: trimming, required fields, length limits.

/// Trims `value` and checks it is not empty and at most `max` characters long.
/// Returns the trimmed text, or the Chinese reason it was refused (naming the field).
pub fn required(field: &str, value: &str, max: usize) -> Result<String, String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(format!("{field}不能为空"));
    }
    limit(field, v, max)
}

/// Trims `value` and checks its length; empty is allowed and becomes `""`.
pub fn optional(field: &str, value: &str, max: usize) -> Result<String, String> {
    limit(field, value.trim(), max)
}

fn limit(field: &str, v: &str, max: usize) -> Result<String, String> {
    let n = v.chars().count();
    if n > max {
        return Err(format!("{field}最多 {max} 个字（现为 {n} 个字）"));
    }
    Ok(v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_text_is_trimmed_and_limited_by_characters_not_bytes() {
        assert_eq!(required("姓名", "  张三 ", 4).unwrap(), "张三");
        assert_eq!(required("姓名", "欧阳娜娜", 4).unwrap(), "欧阳娜娜");
        assert_eq!(
            required("姓名", "欧阳娜娜娜", 4).unwrap_err(),
            "姓名最多 4 个字（现为 5 个字）"
        );
        assert_eq!(required("姓名", "   ", 4).unwrap_err(), "姓名不能为空");
        assert_eq!(optional("职务", "  ", 4).unwrap(), "");
    }
}
