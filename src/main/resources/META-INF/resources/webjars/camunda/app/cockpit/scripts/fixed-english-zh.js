// A few words in Cockpit are written into its templates in English, outside its label files: the "Actions" heading of
// the variables table, and the DMN decision table's frame (hit policy, When/And/Then, Annotations), drawn by dmn-js.
// For a browser whose first language is Chinese (the webapp's own choice) they are rewritten in place as they appear.
// A plugin export, so Cockpit loads it with the others; it adds no view of its own.
const WORDS = {
  'Actions': '操作',
  'Hit Policy:': '命中策略：',
  'Hit policy:': '命中策略：',
  'Unique': '唯一',
  'First': '首条',
  'Priority': '优先级',
  'Any': '任一',
  'Collect': '汇集',
  'Rule order': '规则顺序',
  'Output order': '输出顺序',
  'When': '当',
  'And': '且',
  'Then': '则',
  'Annotations': '注释'
};
const WHERE = 'td.actions, .dmn-decision-table-container, .tjs-container';

function browserPrefersChinese() {
  const languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  const first = languages.map(l => String(l).toLowerCase().split('-')[0]).find(l => l === 'zh' || l === 'en');
  return first === 'zh';
}

function rewrite(root) {
  if (!(root instanceof Element)) {
    return;
  }
  const scopes = root.matches(WHERE) ? [root] : [...root.querySelectorAll(WHERE)];
  if (!scopes.length && root.closest(WHERE)) {
    scopes.push(root);
  }
  scopes.forEach(scope => {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const chinese = WORDS[node.nodeValue.trim()];
      if (chinese) {
        node.nodeValue = node.nodeValue.replace(node.nodeValue.trim(), chinese);
      }
    }
  });
}

if (browserPrefersChinese()) {
  new MutationObserver(mutations => mutations.forEach(mutation => mutation.addedNodes.forEach(node =>
    rewrite(node.nodeType === Node.TEXT_NODE ? node.parentElement : node))))
    .observe(document.body, { childList: true, subtree: true });
}

export default [];
