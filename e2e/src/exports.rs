//! Reading back what an export wrote: the result line the screen shows names the file, and the
//! file is a real workbook in the test's exports folder.

use crate::App;

impl App {
    /// Waits for the export's result line (`result_id`), checks that it names the one file in the
    /// exports folder, and reads that workbook's sheet `sheet` back as rows of text.
    pub async fn exported_sheet(&self, result_id: &str, sheet: &str) -> Vec<Vec<String>> {
        let shown = self.wait_text(result_id, ".xlsx").await;
        let path = std::fs::read_dir(self.dir.path().join("exports"))
            .unwrap()
            .next()
            .expect("an exported file")
            .unwrap()
            .path();
        assert!(
            shown.contains(&path.display().to_string()),
            "the path shown is the file written: {shown}"
        );
        let mut wb = calamine::open_workbook_auto(&path).unwrap();
        let range = calamine::Reader::worksheet_range(&mut wb, sheet).unwrap();
        range
            .rows()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect()
    }
}
