// Interop with other standards: iCalendar, schema.org JSON-LD, Open Badges 3.0 / CLR 2.0.
export {};
