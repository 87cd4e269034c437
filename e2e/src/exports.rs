//! Reading back what an export wrote: the result line the screen shows names the file, and the
//! file is a real workbook in the test's exports folder.

use crate::App;

impl App {
    /// Waits for the export's result line (`result_id`) and returns the file it names, which is
    /// in the test's exports folder.
    pub async fn exported_file(&self, result_id: &str) -> std::path::PathBuf {
        let shown = self.wait_text(result_id, ".xlsx").await;
        std::fs::read_dir(self.dir.path().join("exports"))
            .unwrap()
            .map(|f| f.unwrap().path())
            .find(|p| shown.contains(&p.display().to_string()))
            .unwrap_or_else(|| panic!("the path shown is a file written: {shown}"))
    }

    /// Waits for the export's result line (`result_id`), checks that it names a file in the
    /// exports folder, and reads that workbook's sheet `sheet` back as rows of text.
    pub async fn exported_sheet(&self, result_id: &str, sheet: &str) -> Vec<Vec<String>> {
        let path = self.exported_file(result_id).await;
        let mut wb = calamine::open_workbook_auto(&path).unwrap();
        let range = calamine::Reader::worksheet_range(&mut wb, sheet).unwrap();
        range
            .rows()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect()
    }
}
