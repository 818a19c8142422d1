// Camunda Forms (form-js) in Tasklist writes its validation messages in English only and offers no translation hook.
// For people whose browser language is Chinese (the same choice the webapp makes for its own labels: the first
// browser language that is Chinese or English wins), this rewrites those messages in Simplified Chinese as they
// appear. Messages it does not know stay as they are.
const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum length of (.+)\.$/, n => `至少需要填写 ${n} 个字。`],
  [/^Field must have maximum length of (.+)\.$/, n => `最多只能填写 ${n} 个字。`],
  [/^Field must have minimum value of (.+)\.$/, n => `不能小于 ${n}。`],
  [/^Field must have maximum value of (.+)\.$/, n => `不能大于 ${n}。`],
  [/^Field must match pattern .+\.$/, () => '格式不正确，请按字段下方的说明填写。'],
  [/^Field must be a valid {1,2}international phone number\..*$/, () => '请填写有效的国际电话号码（如 +8613800001111）。'],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱地址。']
];

function browserPrefersChinese() {
  const languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  const first = languages.map(l => String(l).toLowerCase().split('-')[0]).find(l => l === 'zh' || l === 'en');
  return first === 'zh';
}

function translate(text) {
  for (const [pattern, chinese] of MESSAGES) {
    const match = pattern.exec(text.trim());
    if (match) {
      return chinese(...match.slice(1));
    }
  }
  return null;
}

function translateErrors(root) {
  if (!(root instanceof Element)) {
    return;
  }
  const items = root.matches('.fjs-form-field-error li') ? [root] : root.querySelectorAll('.fjs-form-field-error li');
  items.forEach(item => {
    const chinese = translate(item.textContent);
    if (chinese) {
      item.textContent = chinese;
    }
  });
}

if (browserPrefersChinese()) {
  new MutationObserver(mutations => mutations.forEach(mutation => {
    if (mutation.type === 'characterData') {
      translateErrors(mutation.target.parentElement);
    } else {
      mutation.addedNodes.forEach(node => translateErrors(node.nodeType === Node.TEXT_NODE ? node.parentElement : node));
    }
  })).observe(document.body, { childList: true, subtree: true, characterData: true });
}
