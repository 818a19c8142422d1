// After a registration in Tasklist (发起流程 → 四下基层问题办理), the person who registered sees the case number at once,
// with a link to the printable receipt (回执: number, query code, how the reporter follows the case). Tasklist offers
// no hook after a start form is submitted, so this watches the answer of the engine's submit-form call: the new
// instance's business key is the case number the registration gave it.
const SUBMIT_FORM = /\/process-definition\/[^/]+\/submit-form$/;
const CASE_NUMBER = /^[A-Z]{1,8}-\d{4}-\d{6}$/;

function banner(caseNumber) {
  document.querySelectorAll('.gc-receipt-banner').forEach(old => old.remove());
  const box = document.createElement('div');
  box.className = 'gc-receipt-banner';
  box.setAttribute('role', 'status');
  box.style.cssText = 'position:fixed;top:64px;left:50%;transform:translateX(-50%);z-index:2000;background:#fff;'
    + 'border:2px solid #3c763d;border-radius:4px;padding:10px 16px;box-shadow:0 2px 8px rgba(0,0,0,.2);font-size:15px;';
  const text = document.createElement('span');
  text.textContent = `问题已登记，问题编号 ${caseNumber}。请将回执交给反映人，凭问题编号和查询码可查询办理进度。 `;
  const link = document.createElement('a');
  link.href = `/receipt/${encodeURIComponent(caseNumber)}`;
  link.target = '_blank';
  link.rel = 'noopener';
  link.className = 'gc-receipt-link';
  link.textContent = '打印登记回执';
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', '关闭');
  close.style.cssText = 'margin-left:12px;border:0;background:none;font-size:18px;cursor:pointer;';
  close.addEventListener('click', () => box.remove());
  box.append(text, link, close);
  document.body.append(box);
}

function seen(url, body) {
  if (!SUBMIT_FORM.test(String(url).split('?')[0])) {
    return;
  }
  try {
    const instance = typeof body === 'string' ? JSON.parse(body) : body;
    if (instance && CASE_NUMBER.test(instance.businessKey || '')
      && String(instance.definitionId || '').startsWith('IssueHandlingProcess:')) {
      banner(instance.businessKey);
    }
  } catch (notJson) {
    // not a started instance: nothing to show
  }
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST') {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        seen(url, this.responseText);
      }
    });
  }
  return open.call(this, method, url, ...rest);
};
