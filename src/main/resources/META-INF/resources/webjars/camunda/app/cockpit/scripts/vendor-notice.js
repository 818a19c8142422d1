// Cockpit is the supervisors' and leaders' workspace: Camunda's own banner above it ("time to migrate to Camunda 8",
// the Community Edition's end-of-life notice) is about the software, not about their cases, so it is not shown here.
// The people running the system see it in Admin, and the README says what it means for them (Scale).
// A plugin export, so Cockpit loads it with the others; it adds no view of its own.
const style = document.createElement('style');
style.setAttribute('data-gc-vendor-notice', '');
style.textContent = '.ce-eol-banner { display: none !important; }';
document.head.append(style);

export default [];
