/**
 * 并单: similar open cases shown where a case is sorted (same category and town, similar words), merging a case into
 * an open one (it ends as MERGED, linked to its master; its reporter follows the master; statistics count the matter
 * once) and undoing it before the master closes.
 */
package cn.grassroots.cases.merging;
