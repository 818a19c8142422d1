/**
 * Open311 GeoReport v2 under {@code /open311/v2/}: the categories as services, requests submitted by other systems
 * (each with its API key) registered as cases through the intake, and their status. See the README, "Open311".
 */
package cn.grassroots.cases.open311;
