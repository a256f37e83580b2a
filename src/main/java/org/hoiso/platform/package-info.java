/**
 * Platform: embedded database start-up, security, i18n, audit, Vietnamese text utilities, web layout
 * and error handling. Every other module may use it; it uses none of them.
 * Settings: {@link org.hoiso.platform.PlatformProperties}.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.hoiso.platform;
