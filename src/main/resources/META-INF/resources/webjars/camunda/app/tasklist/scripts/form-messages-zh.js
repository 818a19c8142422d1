// Camunda Forms (form-js) in Tasklist writes its validation messages in English only and offers no translation hook.
// For people whose browser language is Chinese (the same choice the webapp makes for its own labels: the first
// browser language that is Chinese or English wins), this rewrites those messages in Simplified Chinese as they
// appear. Messages it does not know stay as they are. Likewise the engine's English words Tasklist puts after its
// own Chinese heading in a notification (该任务已不存在: No matching task with id …), and form-js's English placeholders
// (Select, Search).
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

const NOTICES = [
  // the engine writes "<task> <- No matching task with id …"
  [/^.*(No matching task|Cannot find task) with id .*$/s, () => '可能已被他人办结或转交其他单位，请刷新待办列表。']
];

function browserPrefersChinese() {
  const languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  const first = languages.map(l => String(l).toLowerCase().split('-')[0]).find(l => l === 'zh' || l === 'en');
  return first === 'zh';
}

function translate(text, messages = MESSAGES) {
  for (const [pattern, chinese] of messages) {
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
  // the placeholders form-js writes in English: an empty select ("Select"), a searchable one and a taglist ("Search")
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    if (node.nodeValue.trim() === 'Select' && node.parentElement && node.parentElement.closest('.fjs-form')) {
      node.nodeValue = '请选择';
    }
  }
  const searches = root.matches('.fjs-form input[placeholder="Search"]') ? [root]
    : root.querySelectorAll('.fjs-form input[placeholder="Search"]');
  searches.forEach(input => input.setAttribute('placeholder', '搜索'));
  const notices = root.matches('.page-notifications .message') ? [root]
    : root.querySelectorAll('.page-notifications .message');
  notices.forEach(notice => {
    const chinese = translate(notice.textContent, NOTICES);
    if (chinese) {
      notice.textContent = chinese;
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
