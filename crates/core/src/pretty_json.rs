//! Files people download (result exports, whole-history files, observers' response
//! files) are indented JSON, so they can be read in an editor. serde_json's pretty
//! printer is a second formatter, and every type written with it gets a second copy of
//! its serializer in the WebAssembly; laying out the compact text instead keeps one.
//!
//! ```
//! use yardstick_core::pretty_json::indent;
//! assert_eq!(indent(r#"{"a":[1,2],"b":{},"c":"x,{y}"}"#),
//!     "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {},\n  \"c\": \"x,{y}\"\n}");
//! ```

/// `compact` (JSON as `serde_json::to_string` writes it: no space outside strings)
/// laid out as `serde_json::to_string_pretty` would: two spaces a level, `": "` after
/// keys, empty objects and arrays kept as `{}` and `[]`.
pub fn indent(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    out.push(close);
                    chars.next();
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}
