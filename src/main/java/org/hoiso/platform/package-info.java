/**
 * Platform: embedded database start-up, security, i18n, audit, Vietnamese text utilities, web layout
 * and error handling. Every other module may use it; it uses none of them.
 * Settings: {@link org.hoiso.platform.PlatformProperties}.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.hoiso.platform;

import org.springframework.modulith.ApplicationModule;
