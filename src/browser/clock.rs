//! The current time, from the browser's clock.

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A local date and time for people to read, e.g. "21 Nov 2026, 14:05".
pub fn format_date(ms: f64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    let options = js_sys::Object::new();
    let set = |key: &str, value: &str| {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    };
    set("dateStyle", "medium");
    set("timeStyle", "short");
    date.to_locale_string("default", &options)
        .as_string()
        .unwrap_or_default()
}

/// Minutes east of UTC at `ms` in the browser's time zone (for local dates in file
/// names); 0 when the browser cannot say.
pub fn utc_offset_minutes(ms: f64) -> i32 {
    let offset = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms)).get_timezone_offset();
    if offset.is_finite() {
        -(offset as i32)
    } else {
        0
    }
}
