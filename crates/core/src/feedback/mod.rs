//! Multi-rater feedback with no server: a person invites colleagues with a link, each
//! colleague answers the framework's observer questions about them and sends back a
//! response code (or a file carrying it), and the person adds the responses to see their
//! own view beside others', only ever as aggregates of several people.
//!
//! - [`invitation`]: the invitation code in the link, and whether a framework can be used
//!   for invitations at all;
//! - [`observer`]: which questions observers are asked, in which wording;
//! - [`response_code`]: an observer's response as a code or a file, and the checks that
//!   it answers this invitation and framework;
//! - [`aggregate`]: self against others per dimension, under the anonymity rule;
//! - [`envelope`]: the byte envelope all Yardstick codes share, so a code pasted in the
//!   wrong place is recognised for what it is.
//!
//! `docs/feedback.md` describes the formats, the statistics and the anonymity rule.
//!
//! ```
//! use yardstick_core::answers::{Answer, Answers};
//! use yardstick_core::feedback::aggregate::{aggregate, OthersStatus};
//! use yardstick_core::feedback::invitation::{self, Invitation};
//! use yardstick_core::feedback::response_code::{
//!     self, ObserverAnswer, ObserverAnswers, ObserverResponse, Relationship,
//! };
//! use yardstick_core::validate::load_framework;
//! let framework = load_framework(include_bytes!("../../tests/fixtures/feedback-framework.json")).unwrap();
//!
//! // The person makes one invitation for everyone they ask.
//! let link_code = invitation::encode(&Invitation::new(&framework, [3; 8], "Alex").unwrap());
//!
//! // Each observer opens it, answers, and sends back a code.
//! let opened = invitation::decode(&link_code).unwrap();
//! let codes: Vec<String> = (0..3u8)
//!     .map(|observer| {
//!         let answers: ObserverAnswers = ["people-praise", "people-ask"]
//!             .into_iter()
//!             .map(|id| (id.to_string(), ObserverAnswer::Rating { value: 4 }))
//!             .collect();
//!         let response = ObserverResponse::new(
//!             &opened, &framework, Relationship::Peer, &answers, [observer; 4],
//!         ).unwrap();
//!         response_code::encode(&response)
//!     })
//!     .collect();
//!
//! // The person adds the codes and reads the aggregate.
//! let invitation = invitation::decode(&link_code).unwrap();
//! let responses: Vec<ObserverResponse> = codes
//!     .iter()
//!     .map(|code| response_code::decode(code, &framework, &invitation).unwrap())
//!     .collect();
//! let mut own = Answers::new();
//! own.insert("people-praise".into(), Answer::Rating { value: 4 });
//! own.insert("people-ask".into(), Answer::Rating { value: 4 });
//! let report = aggregate(&framework, &own, &responses);
//! assert_eq!(report.others, OthersStatus::Shown { responses: 3 });
//! ```

pub mod aggregate;
pub mod envelope;
pub mod invitation;
pub mod observer;
pub mod observer_form;
pub mod page_markup;
pub mod record;
pub mod report_markup;
pub mod response_code;
