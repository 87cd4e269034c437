//! The checks every 职工 and 科室 passes before it is stored, whether typed in a form or imported.

use super::model::*;
use crate::text;

/// Normalizes `input` (trimmed text, phone without spaces) or lists every problem, in Chinese.
pub fn check_staff(input: &StaffInput) -> Result<StaffInput, Vec<String>> {
    let mut problems = Vec::new();
    let mut keep = |r: Result<String, String>| {
        r.unwrap_or_else(|e| {
            problems.push(e);
            String::new()
        })
    };
    let employee_no = keep(check_employee_no(&input.employee_no));
    let name = keep(text::required("姓名", &input.name, NAME_MAX));
    let position = keep(text::optional("职务", &input.position, POSITION_MAX));
    let phone = keep(check_phone(&input.phone));
    if problems.is_empty() {
        Ok(StaffInput {
            employee_no,
            name,
            position,
            phone,
            ..input.clone()
        })
    } else {
        Err(problems)
    }
}

/// 工号: letters, digits, `-` and `_`, at most [`EMPLOYEE_NO_MAX`] characters.
pub fn check_employee_no(value: &str) -> Result<String, String> {
    let v = text::required("工号", value, EMPLOYEE_NO_MAX)?;
    if let Some(bad) = v
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        return Err(format!("工号只能包含字母、数字、“-”和“_”（含有“{bad}”）"));
    }
    Ok(v)
}

/// 手机号 or 座机: empty, an 11-digit mobile number (1[3-9]…), or a landline such as 0931-8123456.
/// A mobile number is stored as its 11 digits however it was grouped (138-0013-8000,
/// 138 0013 8000, +86 …); a landline keeps the dash after its area code.
pub fn check_phone(value: &str) -> Result<String, String> {
    let v: String = value.chars().filter(|c| !c.is_whitespace()).collect();
    let v = v.strip_prefix("+86").unwrap_or(&v).to_string();
    if v.is_empty() {
        return Ok(v);
    }
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let ungrouped: String = v.chars().filter(|c| *c != '-').collect();
    let mobile = ungrouped.len() == 11
        && digits(&ungrouped)
        && ungrouped.starts_with('1')
        && matches!(ungrouped.as_bytes()[1], b'3'..=b'9')
        && !v.starts_with('-')
        && !v.ends_with('-')
        && !v.contains("--");
    if mobile {
        return Ok(ungrouped);
    }
    let landline = match v.split_once('-') {
        Some((area, num)) => is_area_code(area) && digits(num) && (7..=8).contains(&num.len()),
        None => v.starts_with('0') && digits(&v) && (10..=12).contains(&v.len()),
    };
    if landline {
        Ok(v)
    } else {
        Err(format!("手机号“{}”格式不对：应为 11 位手机号（如 13912345678）或带区号的座机（如 0931-8123456）", value.trim()))
    }
}

fn is_area_code(s: &str) -> bool {
    s.starts_with('0') && (3..=4).contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit())
}

pub fn check_department(input: &DepartmentInput) -> Result<DepartmentInput, String> {
    let name = text::required("科室名称", &input.name, DEPARTMENT_NAME_MAX)?;
    Ok(DepartmentInput {
        name,
        ..input.clone()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mobile_and_landline_numbers_pass_and_are_normalized() {
        assert_eq!(check_phone(" 139 1234 5678 ").unwrap(), "13912345678");
        assert_eq!(check_phone("+8613912345678").unwrap(), "13912345678");
        assert_eq!(check_phone("0931-8123456").unwrap(), "0931-8123456");
        assert_eq!(check_phone("010-12345678").unwrap(), "010-12345678");
        assert_eq!(check_phone("").unwrap(), "");
    }

    #[test]
    fn a_mobile_number_grouped_with_dashes_or_spaces_is_stored_as_its_eleven_digits() {
        for grouped in [
            "138-0013-8000",
            "138 0013 8000",
            "138-00138000",
            "+86 138-0013-8000",
        ] {
            assert_eq!(check_phone(grouped).unwrap(), "13800138000", "{grouped}");
        }
        for stray in ["-13800138000", "13800138000-", "138--0013-8000"] {
            assert!(check_phone(stray).unwrap_err().contains(stray), "{stray}");
        }
    }

    #[test]
    fn a_landline_with_its_area_code_keeps_its_dash() {
        assert_eq!(check_phone("0931-8123456").unwrap(), "0931-8123456");
        assert_eq!(check_phone("010 - 12345678").unwrap(), "010-12345678");
        assert_eq!(check_phone("09318123456").unwrap(), "09318123456");
    }

    #[test]
    fn bad_phone_numbers_are_refused_with_the_number_named() {
        for bad in [
            "1391234567",
            "12912345678",
            "139123456789",
            "abc",
            "0931-12",
            "1391234567x",
        ] {
            let e = check_phone(bad).unwrap_err();
            assert!(e.contains(bad), "{e}");
        }
    }

    #[test]
    fn employee_numbers_are_plain_codes() {
        assert_eq!(check_employee_no(" KJ-001 ").unwrap(), "KJ-001");
        assert!(check_employee_no("").unwrap_err().contains("不能为空"));
        assert!(check_employee_no("工号1").unwrap_err().contains("“工”"));
        assert!(check_employee_no(&"1".repeat(21)).is_err());
    }
}
