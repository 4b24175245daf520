/**
 * Operations: health and metrics, logins from the bureau's directory (LDAP), history retention, the
 * schema upgrade step and graceful shutdown. It sits on top of the capabilities; nothing imports it.
 */
package cn.gov.binzhou.nineones.operations;
