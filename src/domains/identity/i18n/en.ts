import type { MessagesOf } from '../../../web/i18n/messages.ts';

/** English messages of the identity domain. The keys are the contract: sv and nb have exactly these. */
export const en = {
  'identity.role.resident': 'Resident',
  'identity.role.staff': 'Staff',
  'identity.role.manager': 'Department manager',
  'identity.role.politician': 'Politician',
  'identity.role.moderator': 'Moderator',
  'identity.role.admin': 'Administrator',
  'identity.role.coordinator': 'Network coordinator',
  'identity.role.coordinatorOf': 'Coordinator for {county}',
  'identity.role.coordinatorNetwork': 'Coordinator for the whole network',
  'identity.login.title': 'Log in',
  'identity.login.email': 'E-mail address',
  'identity.login.password': 'Password',
  'identity.login.submit': 'Log in',
  'identity.login.wait':
    'Too many wrong passwords for this e-mail address in a row. Try again in {seconds, plural, one {# second} other {# seconds}}.',
  'identity.login.failed': 'The e-mail address or password is wrong.',
  'identity.login.forgot': 'Forgot your password?',
  'identity.login.noAccount': 'No account yet?',
  'identity.login.oidcFailed': 'Login through the municipality’s login service failed. Try again.',
  'identity.login.oidcUnavailable': 'This municipality has no login service configured.',
  'identity.login.oidcAccountExists':
    'An account with this e-mail address already exists. Log in with your password, then link the municipality’s login service under “My account”.',
  'identity.login.oidcRolesElsewhere':
    'This account has roles outside the municipality, so it cannot log in through the municipality’s login service. Log in with your password.',
  'identity.login.oidcLinkedToOther':
    'That login at the municipality’s login service already belongs to another account.',
  'identity.account.loginLinks': 'Log in through your municipality',
  'identity.account.loginLinksLead':
    'Link your account to the municipality’s login service (for example BankID) to log in without a password.',
  'identity.account.linkLogin': 'Link the login service of {municipality}',
  'identity.account.loginLinked': 'Linked: {municipality}',
  'identity.account.loginLinkDone':
    'Your account is now linked to the municipality’s login service.',
  'identity.account.loginLinkFailed': 'The account could not be linked. Try again.',
  'identity.account.rolesElsewhere':
    'Your account has roles outside this municipality, so its login service cannot be linked to it. Keep logging in with your password.',
  'identity.logout.done': 'You are logged out.',
  'identity.register.title': 'Create account',
  'identity.register.name': 'Name',
  'identity.register.email': 'E-mail address',
  'identity.register.password': 'Password',
  'identity.register.passwordHint': 'At least 12 characters.',
  'identity.register.municipality': 'Your municipality',
  'identity.register.municipalityHint': 'Where you live or work.',
  'identity.register.choose': 'Choose a municipality',
  'identity.register.submit': 'Create account',
  'identity.register.done': 'Your account is ready and you are logged in.',
  'identity.register.sentTitle': 'Check your e-mail',
  'identity.register.sent':
    'We have sent an e-mail to {email}. Follow the link in it to finish creating your account.',
  'identity.register.sentExpiry':
    'The link works for {hours, plural, one {# hour} other {# hours}}. No e-mail after a few minutes? Look in your spam folder, or register again.',
  'identity.register.confirmTitle': 'Confirm your account',
  'identity.register.confirmLead': 'Create this account? You will be logged in straight away.',
  'identity.register.confirmSubmit': 'Create my account',
  'identity.register.linkUnknownTitle': 'This link does not work',
  'identity.register.linkUnknown':
    'The link may be incomplete. Copy the whole address from the e-mail, or register again.',
  'identity.register.linkExpiredTitle': 'The link has expired',
  'identity.register.linkExpired':
    'A link for creating an account works for {hours, plural, one {# hour} other {# hours}}. Register again to get a new one.',
  'identity.register.linkUsedTitle': 'The account is already created',
  'identity.register.linkUsed':
    'This link has already been used. Log in with your e-mail address and password.',
  'identity.register.accountExistsTitle': 'You already have an account',
  'identity.register.accountExists':
    'An account with this e-mail address was created in the meantime. Log in with it.',
  'identity.register.again': 'Register again',
  'identity.mail.confirm.subject': 'Confirm your e-mail address for Samskap',
  'identity.mail.confirm.body':
    'Hello,\n\nSomeone, probably you, wants to create a Samskap account for {municipality} with this e-mail address. Open the link to confirm the address and create the account:\n\n{link}\n\nThe link works once, for {hours, plural, one {# hour} other {# hours}}. If it was not you, ignore this e-mail: no account is created.',
  'identity.mail.exists.subject': 'You already have a Samskap account',
  'identity.mail.exists.body':
    'Hello,\n\nSomeone, probably you, tried to create a Samskap account with this e-mail address. You already have an account, so no new one was created. Log in here:\n\n{link}\n\nIf it was not you, ignore this e-mail: nothing has changed.',
  'identity.reset.title': 'Reset your password',
  'identity.reset.lead':
    'Enter the e-mail address of your account. We will send you a link for choosing a new password.',
  'identity.reset.email': 'E-mail address',
  'identity.reset.submit': 'Send link',
  'identity.reset.sentTitle': 'Check your e-mail',
  'identity.reset.sent':
    'If an account has the address {email}, an e-mail with a link for choosing a new password is on its way.',
  'identity.reset.sentExpiry':
    'The link works once, for {hours, plural, one {# hour} other {# hours}}. No e-mail after a few minutes? Look in your spam folder, and check that you typed the address of your account.',
  'identity.reset.newTitle': 'Choose a new password',
  'identity.reset.newLead':
    'The new password replaces the old one. You will be logged out everywhere, and can then log in with the new password.',
  'identity.reset.password': 'New password',
  'identity.reset.newSubmit': 'Save the new password',
  'identity.reset.done': 'Your password is changed. Log in with the new one.',
  'identity.reset.linkUnknownTitle': 'This link does not work',
  'identity.reset.linkUnknown':
    'The link may be incomplete. Copy the whole address from the e-mail, or ask for a new link.',
  'identity.reset.linkExpiredTitle': 'The link has expired',
  'identity.reset.linkExpired':
    'A link for choosing a new password works for {hours, plural, one {# hour} other {# hours}}. Ask for a new one.',
  'identity.reset.linkUsedTitle': 'The link has already been used',
  'identity.reset.linkUsed':
    'A link works only once, and the password has already been changed. Log in with your new password, or ask for a new link.',
  'identity.reset.again': 'Ask for a new link',
  'identity.mail.reset.subject': 'Choose a new password for Samskap',
  'identity.mail.reset.body':
    'Hello,\n\nSomeone, probably you, asked for a link for choosing a new password for your Samskap account. Open the link and choose a new password:\n\n{link}\n\nThe link works once, for {hours, plural, one {# hour} other {# hours}}. If it was not you, ignore this e-mail: your password is unchanged.',
  'identity.mail.resetNone.subject': 'Your Samskap account has no password',
  'identity.mail.resetNone.body':
    'Hello,\n\nSomeone, probably you, asked for a link for choosing a new password for the Samskap account with this e-mail address. This account logs in through a municipality’s login service (for example BankID) and has no password, so no link was made. Log in as before through your municipality’s login service, which you find on your municipality’s page:\n\n{link}\n\nIf it was not you, ignore this e-mail: nothing has changed.',
  'identity.mail.changed.subject': 'Your Samskap password was changed',
  'identity.mail.changed.body':
    'Hello,\n\nThe password of your Samskap account was just changed through a link sent to this e-mail address, and the account was logged out everywhere. If it was you, there is nothing more to do.\n\nIf it was not you, someone may be able to read your e-mail. Secure your e-mail account first, then choose a new password here:\n\n{link}',
  'identity.audit.user.password-reset': 'Password changed through a link by e-mail',
  'identity.account.title': 'My account',
  'identity.account.roles': 'My roles',
  'identity.account.noRoles': 'You have no roles yet.',
  'identity.account.tokens': 'Personal API tokens',
  'identity.account.tokensLead':
    'A token lets a script act as you through the API, limited to one municipality and never beyond your own rights.',
  'identity.account.noTokens': 'You have no API tokens.',
  'identity.account.tokenDays': 'Valid for (days)',
  'identity.account.tokenDaysHint': 'The token stops working after this many days, at most {max}.',
  'identity.account.expires': 'Expires',
  'identity.error.tokenDays': 'Give a whole number of days from 1 to 365.',
  'identity.account.tokenName': 'Name of the token',
  'identity.account.tokenMunicipality': 'Municipality',
  'identity.account.createToken': 'Create token',
  'identity.account.tokenCreated': 'Copy the token now: it is not shown again.',
  'identity.account.revoke': 'Revoke',
  'identity.account.tokenRevoked': 'The token was revoked.',
  'identity.account.created': 'Created',
  'identity.account.lastUsed': 'Last used',
  'identity.account.never': 'Never',
  'identity.data.title': 'Your data',
  'identity.data.lead':
    'Download everything Samskap keeps about you as a file: your account and roles, the dialogues you took part in while logged in with your votes, statements, comments and flags, the matters you follow, and what you did that the audit log records.',
  'identity.data.download': 'Download my data (JSON)',
  'identity.delete.title': 'Delete my account',
  'identity.delete.lead':
    'The account is deleted at once and cannot be restored. Your votes stay in the dialogues without your name, so their results do not change, and so do statements you wrote. Your comments are removed. What you follow and your notification settings are deleted. What you did in the municipality stays in the audit log, without your e-mail address.',
  'identity.delete.password': 'Your password',
  'identity.delete.passwordHint': 'Confirm with the password you log in with.',
  'identity.delete.email': 'Your e-mail address',
  'identity.delete.emailHint': 'Type {email} to confirm.',
  'identity.delete.submit': 'Delete my account',
  'identity.delete.wrongPassword': 'The password is wrong. Nothing has been deleted.',
  'identity.delete.wrongEmail':
    'That is not the e-mail address of this account. Nothing has been deleted.',
  'identity.delete.demo':
    'Demo accounts are shared by everyone who tries Samskap and cannot be deleted.',
  'identity.delete.done': 'Your account is deleted and you are logged out.',
  'identity.roles.title': 'Roles and access in {name}',
  'identity.roles.user': 'User',
  'identity.roles.role': 'Role',
  'identity.roles.department': 'Department',
  'identity.roles.since': 'Since',
  'identity.roles.grant': 'Grant a role',
  'identity.roles.email': 'The user’s e-mail address',
  'identity.roles.departmentHint': 'Only for department managers.',
  'identity.roles.noDepartment': 'No department',
  'identity.roles.submit': 'Grant role',
  'identity.roles.granted': 'The role was granted.',
  'identity.roles.lastAdmin':
    'This is the municipality’s last administrator. Make someone else an administrator first, so that roles can still be managed.',
  'identity.roles.revoked': 'The role was revoked.',
  'identity.roles.none': 'No roles have been granted.',
  'identity.audit.user.register': 'Account created',
  'identity.audit.user.oidc-link': 'Account linked to the login service',
  'identity.audit.user.create-demo': 'Demo account created',
  'identity.audit.user.delete': 'Account deleted',
  'identity.audit.role.grant': 'Role granted',
  'identity.audit.role.revoke': 'Role revoked',
  'identity.audit.token.create': 'API token created',
  'identity.audit.token.revoke': 'API token revoked',
  'identity.audit.oidc.configure': 'Login settings changed',
  'identity.audit.coordinator.grant': 'Coordinator appointed',
  'identity.audit.coordinator.revoke': 'Coordinator role revoked',
  'identity.oidc.title': 'OpenID Connect login for {name}',
  'identity.oidc.lead':
    'Staff log in with the municipality’s identity provider, residents through an e-ID broker. Samskap uses the authorization code flow with PKCE.',
  'identity.oidc.issuer': 'Issuer URL',
  'identity.oidc.clientId': 'Client id',
  'identity.oidc.clientSecret': 'Client secret',
  'identity.oidc.clientSecretHint': 'Leave empty to keep the current secret.',
  'identity.oidc.redirectUri': 'Redirect URI to register at the provider: {uri}',
  'identity.oidc.enabled': 'Enabled',
  'identity.oidc.submit': 'Save',
  'identity.oidc.saved': 'The login settings were saved.',
  'identity.error.issuerNotHttps': 'The issuer URL must start with https://.',
  'identity.error.issuerPrivate':
    'This address leads to the server itself or a private network. Enter the login service’s public address.',
  'identity.error.issuerUnreachable':
    'We could not read the login service’s settings at this address. Check the URL, or save with “Enabled” unticked and try again when the service is up.',
  'identity.oidc.unchecked':
    'The login service is enabled but its settings have not been read yet, so nobody can log in with it. Save the settings again.',
  'identity.network.title': 'Network coordinators',
  'identity.network.lead':
    'Coordinators follow how initiatives spread between municipalities, for one county or for the whole network.',
  'identity.network.county': 'County',
  'identity.network.wholeNetwork': 'The whole network',
  'identity.network.grant': 'Appoint a coordinator',
  'identity.network.submit': 'Appoint',
  'identity.network.granted': 'The coordinator was appointed.',
  'identity.network.revoked': 'The coordinator role was revoked.',
  'identity.network.none': 'No coordinators have been appointed.',
  'identity.network.manage': 'Manage network coordinators',
  'identity.error.county': 'Choose a county from the list.',
  'identity.error.passwordCommon':
    'This password is among the most common ones, which are tried first. Choose another, for example a few unrelated words.',
  'identity.error.passwordRepetitive':
    'This password repeats itself or follows a straight run. Choose another, for example a few unrelated words.',
  'identity.error.passwordShort': 'The password must be at least 12 characters.',
  'identity.error.municipality': 'Choose a municipality from the list.',
  'identity.error.role': 'Choose a role.',
  'identity.error.department': 'Choose a department of this municipality.',
  'identity.error.departmentRequired': 'A department manager needs a department.',
  'identity.error.unknownUser':
    'No account has this e-mail address. Ask the person to create one first.',
  'identity.error.alreadyHeld': 'The user already has this role.',
  'identity.error.tokenMunicipality':
    'You can only create tokens for municipalities where you hold a role.',
  'identity.nav.roles': 'Roles and access',
  'identity.nav.login': 'Login settings',
  'identity.nav.coordinators': 'Network coordinators',
} as const;

declare module '../../../web/i18n/messages.ts' {
  interface Messages extends MessagesOf<typeof en> {}
}
