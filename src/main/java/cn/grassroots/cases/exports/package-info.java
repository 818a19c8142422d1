/**
 * Tables as files people open in Excel: {@code .xlsx} written with Apache POI's streaming workbook (a window of rows
 * in memory, the rest in a compressed temporary file) and {@code .csv} in UTF-8 with a byte-order mark, from
 * {@link cn.grassroots.cases.exports.Table} definitions with Chinese headers.
 */
package cn.grassroots.cases.exports;
