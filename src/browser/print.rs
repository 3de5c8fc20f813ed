//! The browser's print dialog (which also offers "Save as PDF").

/// Opens the print dialog; the print stylesheet lays the page out for paper.
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
