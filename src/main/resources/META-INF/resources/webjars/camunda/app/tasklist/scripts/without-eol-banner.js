// County handlers work here. Camunda's red notice that Camunda 7 CE has reached its end of life ("请尽快迁移到
// Camunda 8") is meant for the people who run the system, who still see it in Cockpit and Admin; here it is hidden.
const style = document.createElement('style');
// the strip keeps its height: the page below is laid out for it
style.textContent = '.ce-eol-banner { visibility: hidden !important; }';
document.head.append(style);
