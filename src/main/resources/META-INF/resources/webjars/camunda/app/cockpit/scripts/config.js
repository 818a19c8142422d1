// Cockpit configuration of Grassroots Cases: adds the overdue board (督办看板) to the dashboard.
export default {
  customScripts: ['scripts/overdue-board.js']
};
