//! The Chinese font a PDF is set in. None is shipped with the app: it is found on the machine,
//! first the file named by `$WENMING_PDF_FONT`, else the first of [`FONT_PATHS`] that exists
//! (Debian's `fonts-noto-cjk`, which `scripts/setup.sh` installs, other Linux packages of Noto
//! Sans CJK and WenQuanYi, then the fonts every Chinese Windows has). In a collection (.ttc) the
//! Simplified Chinese face is taken (`… SC`), else the first face that has Chinese characters.
//! When none is found the caller is told why in plain Chinese and writes no PDF.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use skrifa::raw::{FileRef, TableProvider};
use skrifa::{FontRef, MetadataProvider};

/// Names a font file to use instead of looking in [`FONT_PATHS`].
pub const PDF_FONT_ENV: &str = "WENMING_PDF_FONT";

/// Where a Chinese font is looked for, in this order.
pub const FONT_PATHS: &[&str] = &[
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "C:\\Windows\\Fonts\\simsun.ttc",
    "C:\\Windows\\Fonts\\msyh.ttc",
    "C:\\Windows\\Fonts\\simhei.ttf",
];

/// A font file with Chinese characters and the face of it to use.
#[derive(Clone)]
pub struct CjkFont {
    pub(super) data: Arc<Vec<u8>>,
    pub(super) index: u32,
    /// The same face for the PDF writer, made once: making it hashes the whole file.
    pub(super) face: krilla::text::Font,
    pub path: PathBuf,
}

impl std::fmt::Debug for CjkFont {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CjkFont({}#{})", self.path.display(), self.index)
    }
}

impl CjkFont {
    /// The font named by `$WENMING_PDF_FONT`, else the first usable one of [`FONT_PATHS`].
    /// The error says, for the person exporting, why no PDF can be written and what to do.
    pub fn find() -> Result<CjkFont, String> {
        if let Some(p) = std::env::var_os(PDF_FONT_ENV).filter(|p| !p.is_empty()) {
            return CjkFont::load(Path::new(&p))
                .map_err(|e| format!("{PDF_FONT_ENV} 指定的字体不能用：{e}"));
        }
        Self::find_in(FONT_PATHS.iter().map(PathBuf::from))
    }

    /// The first usable font of `paths`.
    pub fn find_in(paths: impl IntoIterator<Item = PathBuf>) -> Result<CjkFont, String> {
        let mut refused = Vec::new();
        for p in paths {
            if !p.is_file() {
                continue;
            }
            match CjkFont::load(&p) {
                Ok(f) => return Ok(f),
                Err(e) => refused.push(e),
            }
        }
        let mut why = "这台电脑上找不到中文字体".to_string();
        if !refused.is_empty() {
            why = format!("{why}（{}）", refused.join("；"));
        }
        Err(format!(
            "{why}。请安装中文字体（Linux：fonts-noto-cjk；Windows 自带宋体或微软雅黑），\
             或用环境变量 {PDF_FONT_ENV} 指定字体文件，然后重新导出"
        ))
    }

    /// Reads `path` and picks its face: a Simplified Chinese one in a collection, else the
    /// first with Chinese characters.
    pub fn load(path: &Path) -> Result<CjkFont, String> {
        let name = path.display();
        let data = std::fs::read(path).map_err(|e| format!("无法读取 {name}：{e}"))?;
        let faces: Vec<FontRef> = match FileRef::new(&data) {
            Ok(FileRef::Font(f)) => vec![f],
            Ok(FileRef::Collection(c)) => c.iter().filter_map(Result::ok).collect(),
            Err(_) => return Err(format!("{name} 不是字体文件")),
        };
        let chinese = |f: &FontRef| "中文台账".chars().all(|c| f.charmap().map(c).is_some());
        let simplified = |f: &FontRef| {
            f.localized_strings(skrifa::string::StringId::FAMILY_NAME)
                .english_or_first()
                .is_some_and(|s| s.to_string().ends_with(" SC"))
        };
        let pick = faces
            .iter()
            .position(|f| chinese(f) && simplified(f))
            .or_else(|| faces.iter().position(chinese))
            .ok_or_else(|| format!("{name} 不含中文字形"))?;
        // A face the PDF writer cannot read is no use either.
        if faces[pick].head().is_err() {
            return Err(format!("{name} 已损坏"));
        }
        drop(faces);
        let data = Arc::new(data);
        let face = krilla::text::Font::new(data.clone().into(), pick as u32)
            .ok_or_else(|| format!("{name} 已损坏"))?;
        Ok(CjkFont {
            data,
            index: pick as u32,
            face,
            path: path.to_path_buf(),
        })
    }
}
