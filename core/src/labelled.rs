//! One way to map a unit enum to the text stored in its column and to its Chinese label:
//! [`labelled!`], used by every feature.

/// Gives a unit enum, from one table in declaration order:
///
/// - `ALL`, every variant;
/// - `label` — the Chinese label shown in sheets, exports and messages — and `parse_label`, which
///   reads a label back as people type it in a spreadsheet (trimmed; the listed other spellings
///   are accepted too);
/// - for a stored enum (a row with its SQL text): `as_sql` / `from_sql`, and `FromSql` so that a
///   row reads the enum directly and unknown text is an error naming the type.
///
/// ```ignore
/// labelled!(Gender {
///     Male => "male", "男", ["男性"];
///     Female => "female", "女";
/// });
/// labelled!(SheetKind {
///     Signup => "报名表";
///     SignIn => "签到表";
/// });
/// ```
macro_rules! labelled {
    ($t:ident { $($v:ident => $sql:literal, $label:literal $(, [$($alias:literal),* $(,)?])?);+ $(;)? }) => {
        $crate::labelled::labelled!(@labels $t { $($v => $label $(, [$($alias),*])?);+ });
        impl $t {
            /// The text stored in the column.
            pub fn as_sql(self) -> &'static str {
                match self { $($t::$v => $sql),+ }
            }
            /// The variant stored as `s`, if any.
            pub fn from_sql(s: &str) -> Option<Self> {
                match s { $($sql => Some($t::$v),)+ _ => None }
            }
        }
        impl rusqlite::types::FromSql for $t {
            fn column_result(
                v: rusqlite::types::ValueRef<'_>,
            ) -> rusqlite::types::FromSqlResult<Self> {
                let s = v.as_str()?;
                Self::from_sql(s).ok_or_else(|| {
                    rusqlite::types::FromSqlError::Other(
                        format!("unknown {} {s:?}", stringify!($t)).into(),
                    )
                })
            }
        }
    };
    ($t:ident { $($v:ident => $label:literal $(, [$($alias:literal),* $(,)?])?);+ $(;)? }) => {
        $crate::labelled::labelled!(@labels $t { $($v => $label $(, [$($alias),*])?);+ });
    };
    (@labels $t:ident { $($v:ident => $label:literal $(, [$($alias:literal),*])?);+ }) => {
        impl $t {
            /// Every variant, in declaration order.
            pub const ALL: [$t; [$(stringify!($v)),+].len()] = [$($t::$v),+];
            /// The Chinese label used in sheets, exports and messages.
            pub fn label(self) -> &'static str {
                match self { $($t::$v => $label),+ }
            }
            /// Reads a label as people type it in a spreadsheet.
            pub fn parse_label(s: &str) -> Option<Self> {
                let s = s.trim();
                $(if s == $label $($(|| s == $alias)*)? { return Some($t::$v); })+
                None
            }
        }
    };
}

pub(crate) use labelled;

#[cfg(test)]
mod tests {
    use rusqlite::Connection;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Colour {
        Red,
        DarkBlue,
    }

    labelled!(Colour {
        Red => "red", "红";
        DarkBlue => "dark_blue", "深蓝", ["藏青", "藏蓝"];
    });

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Mood {
        Calm,
        Cross,
    }

    labelled!(Mood {
        Calm => "平静";
        Cross => "生气";
    });

    #[test]
    fn every_variant_reads_back_from_its_sql_text_and_its_label() {
        assert_eq!(Colour::ALL, [Colour::Red, Colour::DarkBlue]);
        for c in Colour::ALL {
            assert_eq!(Colour::from_sql(c.as_sql()), Some(c));
            assert_eq!(Colour::parse_label(c.label()), Some(c));
        }
        assert_eq!(Colour::DarkBlue.as_sql(), "dark_blue");
        assert_eq!(Colour::DarkBlue.label(), "深蓝");
        assert_eq!(Mood::ALL.map(Mood::label), ["平静", "生气"]);
    }

    #[test]
    fn a_label_is_read_with_its_other_spellings_and_without_surrounding_spaces() {
        assert_eq!(Colour::parse_label(" 藏青 "), Some(Colour::DarkBlue));
        assert_eq!(Colour::parse_label("藏蓝"), Some(Colour::DarkBlue));
        assert_eq!(Colour::parse_label("蓝"), None);
        assert_eq!(Mood::parse_label("生气"), Some(Mood::Cross));
        assert_eq!(Mood::parse_label("calm"), None);
    }

    #[test]
    fn a_row_reads_the_enum_and_unknown_text_is_an_error_naming_the_type() {
        let conn = Connection::open_in_memory().unwrap();
        let read = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, Colour>(0));
        assert_eq!(read("SELECT 'dark_blue'").unwrap(), Colour::DarkBlue);
        assert_eq!(
            Colour::from_sql("深蓝"),
            None,
            "the label is not the SQL text"
        );
        let err = read("SELECT 'green'").unwrap_err().to_string();
        assert!(err.contains("unknown Colour \"green\""), "{err}");
        assert!(read("SELECT 3").is_err());
    }
}
