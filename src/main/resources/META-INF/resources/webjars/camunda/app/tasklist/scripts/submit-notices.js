// What a person is told right after submitting, where Tasklist says nothing. Tasklist offers no hook after a form is
// submitted, so this watches the engine's submit-form calls.
// - After a registration (发起流程 → 四下基层问题办理): the case number at once, with a link to the printable receipt
//   (回执: number, query code, how the reporter follows the case); the new instance's business key is the number.
// - After a unit asks for an extension (延期) or a pause (中止计时) in 办理: the case leaves its lists until the decision,
//   so it is told that the request went out and who decides (as the form named them).
const SUBMIT_FORM = /\/process-definition\/[^/]+\/submit-form$/;
const TASK_SUBMIT = /\/task\/[^/]+\/submit-form$/;
const CASE_NUMBER = /^[A-Z]{1,8}-\d{4}-\d{6}$/;

function banner(className, parts) {
  document.querySelectorAll('.gc-receipt-banner, .gc-request-banner').forEach(old => old.remove());
  const box = document.createElement('div');
  box.className = className;
  box.setAttribute('role', 'status');
  box.style.cssText = 'position:fixed;top:64px;left:50%;transform:translateX(-50%);z-index:2000;background:#fff;'
    + 'border:2px solid #3c763d;border-radius:4px;padding:10px 16px;box-shadow:0 2px 8px rgba(0,0,0,.2);font-size:15px;';
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', '关闭');
  close.style.cssText = 'margin-left:12px;border:0;background:none;font-size:18px;cursor:pointer;';
  close.addEventListener('click', () => box.remove());
  box.append(...parts, close);
  document.body.append(box);
}

function receipt(caseNumber) {
  const text = document.createElement('span');
  text.textContent = `问题已登记，问题编号 ${caseNumber}。请将回执交给反映人，凭问题编号和查询码可查询办理进度。 `;
  const link = document.createElement('a');
  link.href = `/receipt/${encodeURIComponent(caseNumber)}`;
  link.target = '_blank';
  link.rel = 'noopener';
  link.className = 'gc-receipt-link';
  link.textContent = '打印登记回执';
  banner('gc-receipt-banner', [text, link]);
}

/** The approver as the form named them ("由本单位负责人（王芳）或督查室审批"), read before the form goes away. */
function approverOnForm() {
  const named = /由(.+?)审批/.exec(document.querySelector('.fjs-form')?.textContent || '');
  return named ? named[1] : null;
}

function requestSent(kind, approver) {
  const text = document.createElement('span');
  text.textContent = kind === 'extension'
    ? `延期申请已提交，等待${approver || '审批人'}审批。审批前本案暂不在您的待办中；批准后回到本单位待办，办理期限顺延，驳回则按原期限继续办理。`
    : '中止计时申请已提交，等待分办中心审批。批准后本案在“中止计时中”等候恢复，期间不计办理时限；驳回则按原期限继续办理。';
  banner('gc-request-banner', [text]);
}

function askedFor(body) {
  try {
    const variables = (JSON.parse(body) || {}).variables || {};
    if (variables.requestExtension && variables.requestExtension.value === true) {
      return 'extension';
    }
    return variables.requestPause && variables.requestPause.value === true ? 'pause' : null;
  } catch (notJson) {
    return null;
  }
}

function seen(url, body) {
  if (!SUBMIT_FORM.test(String(url).split('?')[0])) {
    return;
  }
  try {
    const instance = typeof body === 'string' ? JSON.parse(body) : body;
    if (instance && CASE_NUMBER.test(instance.businessKey || '')
      && String(instance.definitionId || '').startsWith('IssueHandlingProcess:')) {
      receipt(instance.businessKey);
    }
  } catch (notJson) {
    // not a started instance: nothing to show
  }
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST') {
    this.gcUrl = String(url).split('?')[0];
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        seen(url, this.responseText);
        if (this.gcRequest) {
          requestSent(this.gcRequest.kind, this.gcRequest.approver);
        }
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function (body) {
  if (this.gcUrl && TASK_SUBMIT.test(this.gcUrl) && typeof body === 'string') {
    const kind = askedFor(body);
    if (kind) {
      this.gcRequest = { kind, approver: approverOnForm() };
    }
  }
  return send.call(this, body);
};
