// Tasklist offers 发起流程 and 新建任务 to everyone. Most people can use neither: a unit's handler starts no process
// (cases reach the unit from the dispatch office), and only administrators may create a free-standing task. This asks
// the engine, as the logged-in person, what they may do and hides what they may not, so nobody is offered a dialog
// that ends in an empty list or a refusal. The engine still decides: this only tidies the page.
const root = document.querySelector('base')?.getAttribute('app-root') || '/camunda';
const engine = `${root}/api/engine/engine/default`;
const TASK_RESOURCE = 7;

const style = document.createElement('style');
style.textContent = [
  'body.gc-cannot-start .start-process-action { display: none !important; }',
  'body.gc-cannot-create-task .create-task-action { display: none !important; }'
].join('\n');
document.head.append(style);

async function getJson(path) {
  const answer = await fetch(engine + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!answer.ok) {
    throw new Error(`${path}: ${answer.status}`);
  }
  return answer.json();
}

// asked once per login: the header is drawn after the login, and a logout leads back to #/login
let asked = false;
let failed = false;

async function tidy() {
  if (asked || !document.querySelector('.start-process-action, .create-task-action')) {
    return; // already asked, or not logged in yet and the header not drawn
  }
  asked = true;
  try {
    const startable = await getJson('/process-definition/count?latestVersion=true&active=true'
      + '&startableInTasklist=true&startablePermissionCheck=true');
    document.body.classList.toggle('gc-cannot-start', startable.count === 0);
    const create = await getJson(`/authorization/check?permissionName=CREATE&resourceName=Task&resourceType=${TASK_RESOURCE}`);
    document.body.classList.toggle('gc-cannot-create-task', create.authorized !== true);
    document.body.classList.add('gc-actions-checked'); // what the page offers is now what the person may do
  } catch (unknown) {
    failed = true; // leave the page as Tasklist drew it; ask again after the next navigation (e.g. the login)
  }
}

window.addEventListener('hashchange', () => {
  if (window.location.hash.startsWith('#/login') || failed) {
    asked = false;
    failed = false;
    document.body.classList.remove('gc-cannot-start', 'gc-cannot-create-task', 'gc-actions-checked');
  }
});

new MutationObserver(() => tidy()).observe(document.body, { childList: true, subtree: true });
tidy();
