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
