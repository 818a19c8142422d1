// Urgency first in Tasklist. The filters' own order (by deadline) is not what Tasklist uses: it sorts every list by its
// URL's `sorting`, and when there is none it writes 创建时间, newest first. Until the person chooses a sort order
// themselves, this puts 办理期限 (due date, soonest first) there instead. It also hides the sort menu's engine entries
// (流程变量, 执行变量, 任务变量, 案例…变量), which ask for a variable's technical name and type, shows each card's facts
// unfolded (the unit and the level are not hidden behind a fold), and keeps the error message that Tasklist floats over
// the page from covering a form's 提交 button.
const DUE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);
const CREATED_DEFAULT = JSON.stringify([{ sortBy: 'created', sortOrder: 'desc' }]);
const CHOSEN = 'grassroots.sortChosen';

const style = document.createElement('style');
style.textContent = [
  // the variable entries carry their inputs (cam-sorting-inputs); the divider only separates them
  'ul[cam-sorting-dropdown] > li:has(> [cam-sorting-inputs]), ul[cam-sorting-dropdown] > li.divider { display: none !important; }',
  // a card shows all its facts (case number, title, unit, deadline, level) without being unfolded first
  '.task-card-details { max-height: none !important; padding-bottom: 0; } .task-card-details .shutter { display: none; }',
  // notifications float at the top of the page, not over the form's buttons at its foot
  '.page-notifications { position: fixed; top: 56px; right: 16px; left: auto; bottom: auto; max-width: 560px; z-index: 1050; }'
].join('\n');
document.head.append(style);

function sortingOf(hash) {
  const query = hash.indexOf('?');
  return query < 0 ? null : new URLSearchParams(hash.slice(query + 1)).get('sorting');
}

// Tasklist may write its own default back before it has read ours; the two would then take turns without end
let rewrites = [];

function dueDateFirst() {
  const hash = window.location.hash || '#/';
  if (!hash.startsWith('#/') || hash.startsWith('#/login') || sessionStorage.getItem(CHOSEN)) {
    return;
  }
  const now = Date.now();
  rewrites = rewrites.filter(at => now - at < 5000);
  if (rewrites.length >= 3) {
    return; // leave Tasklist its order rather than fight over the address
  }
  const sorting = sortingOf(hash);
  if (sorting !== null && sorting !== CREATED_DEFAULT) {
    return;
  }
  const query = hash.indexOf('?');
  const params = new URLSearchParams(query < 0 ? '' : hash.slice(query + 1));
  params.set('sorting', DUE_FIRST);
  rewrites.push(now);
  window.location.replace((query < 0 ? hash : hash.slice(0, query)) + '?' + params.toString());
}

// a person who opens the sort menu and picks an order has chosen; their choice stays for this browser tab
document.addEventListener('click', event => {
  if (event.target instanceof Element && event.target.closest('[cam-sorting-dropdown], .sorting-choice')) {
    sessionStorage.setItem(CHOSEN, 'yes');
  }
}, true);
window.addEventListener('hashchange', dueDateFirst);
dueDateFirst();
