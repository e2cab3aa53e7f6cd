import type { DeepStrings } from "../catalog";
import type { texts as da } from "../da/account";

// Texts of the person's own account: its address, security, sessions, deleting it.
// The English of da/account.ts: the type makes a missing or extra key fail the typecheck.
export const texts: DeepStrings<typeof da> = {
  verifyEmail: {
    verifyBeforeInviting:
      "First confirm your e-mail address: follow the link in the e-mail we sent you. Then you can invite your nearest leader.",
    verifyBeforeSharing:
      "First confirm your e-mail address: follow the link in the e-mail we sent you. Then you can share.",
    chooseNewPassword:
      "Your address is confirmed. Because you confirmed it in another browser than the one the account was made in, choose a password here now. The one typed when the account was made no longer works.",
    checkTitle: "Check your e-mail",
    checkIntro:
      "We have sent an e-mail to the address you entered. Follow what it says. A link in it works for 24 hours.",
    checkSignedIn:
      "We have sent a link to {{email}}. Follow it to confirm that the address is yours. The link works for 24 hours.",
    meanwhile:
      "You can prepare and write in the meantime. Before you can accept an invitation or see anything others have shared with you, the address must be confirmed.",
    continue: "Continue",
    signIn: "Sign in",
    notArrived: "Has the e-mail not arrived? Look in your junk mail, or get a new link.",
    resend: "Send the link again",
    resent: "We have sent a new link to {{email}}.",
    rateLimited: "We have sent many links in a short time. Wait an hour and try again.",
    verifiedTitle: "Your address is confirmed",
    verifiedNotice: "Your address is confirmed. Sign in to continue.",
    verified: "Thank you. {{email}} is confirmed as your address in Lederdialog.",
    confirmTitle: "Confirm your e-mail address",
    confirmIntro: "Confirm that {{email}} is your address for the account of {{name}} in Lederdialog.",
    confirmNotYou:
      "If you did not create the account yourself, someone else has used your address. Confirm anyway: the account becomes yours, the other person can no longer sign in, and you choose a password.",
    confirm: "Confirm the address",
    invalid:
      "The link has expired or has already been used. Sign in and ask for a new link on your home page.",
    noticeTitle: "Confirm your e-mail address",
    notice:
      "We have sent a link to {{email}}. Once you have followed it, you can accept invitations and see what others share with you. You can prepare and write already now.",
    invitationNotice:
      "The invitation is for {{email}}. First confirm that the address is yours: follow the link in the e-mail we sent you. Afterwards you come back here and can accept.",
    mail: {
      link: "Confirm your e-mail address",
      subject: "Confirm your e-mail address for Lederdialog",
      greeting: "Hello {{name}}",
      body: "Follow the link to confirm that {{email}} is your address in Lederdialog. The link works for {{hours}} hours and only once.",
      ignore:
        "If you did not create an account in Lederdialog yourself, someone has used your address. Follow the link anyway: the account becomes yours, and whoever created it can no longer sign in.",
    },
    attemptMail: {
      resetLink: "Choose a new password",
      subject: "Someone tried to create an account with your address",
      greeting: "Hello {{name}}",
      body: "Someone tried to create an account in Lederdialog with {{email}}. You already have an account with that address, so no new one was created.",
      reset:
        "If it was you and you have forgotten your password, you can choose a new one here. The link works for {{minutes}} minutes:",
      noReset: "If it was you, sign in as you usually do.",
      ignore: "If it was not you, you need not do anything. Your account is unchanged.",
    },
  },
  accountSecurity: {
    proof: {
      title: "Confirm that the account is yours",
      intro:
        "Your organisation's sign-in says you are {{email}}, and Lederdialog already has an account with that address. Show that the account is yours, and we will connect it to your organisation's sign-in. Until then you are not signed in.",
      passwordHeading: "With your password",
      passwordLabel: "The password of your Lederdialog account",
      passwordSubmit: "Confirm with password",
      mailHeading: "With a link in your e-mail",
      mailText: "We send a link to {{email}}. Open it in this browser within {{minutes}} minutes.",
      mailOnly: "Your account has no password, so you confirm it with a link in your e-mail.",
      mailSubmit: "Send me a link",
      mailAgain: "Send a new link",
      mailSent:
        "We have sent a link to {{email}}. Open it in this browser. It works for {{minutes}} minutes and can be used once.",
      notYours: "Not your account? Then do nothing, and nobody is signed in. Contact your administrator.",
      cancel: "Cancel and go to sign-in",
      wrongPassword: "The password does not match the account. Try again, or get a link by e-mail.",
      noPassword: "The account has no password. Confirm it with a link in your e-mail.",
      rateLimited: "Too many attempts. Wait a quarter of an hour and try again.",
      mailRateLimited: "Too many links have been sent. Wait an hour and try again.",
      linkOtherBrowser:
        "The link only works in the browser where you started signing in. Open it there, or start again in this browser.",
      linkExpired: "The link has expired or has already been used. Start signing in again.",
    },
    page: {
      title: "Sign-in and security",
      intro:
        "Here you see where your account is signed in, and you can close anything you do not recognise. Only you can see this page.",
      back: "Back to My leader dialogue",
      homeText: "See where you are signed in, and which sign-ins are connected to your account.",
      homeLink: "Open sign-in and security",
    },
    identities: {
      heading: "Connected to your organisation's sign-in",
      none: "Your account is not connected to an organisation's sign-in.",
      linkedAt: "Connected {{time}} as {{email}}",
      remove: "Remove the connection",
      removeHint:
        "If you remove a connection, you confirm that the account is yours the next time you sign in through your organisation.",
      removed: "The connection has been removed.",
      protocol: {
        oidc: "OpenID Connect",
        saml: "SAML 2.0",
      },
    },
    sessions: {
      heading: "Where you are signed in",
      current: "This browser",
      times: "Signed in {{started}} · last used {{lastUsed}}",
      end: "Sign it out",
      endOthers: "Sign out everywhere else",
      ended: "It has been signed out.",
      othersEnded: "You have been signed out everywhere else.",
    },
    signIns: {
      heading: "Recent sign-ins",
      none: "There are no sign-ins to show yet.",
      caption: "The latest sign-ins to your account",
      when: "Time",
      method: "Method",
      device: "Device",
      password: "Password",
      sso: "Organisation's sign-in",
    },
    device: {
      browserOn: "{{browser}} on {{os}}",
      unknown: "Unknown device",
    },
    mail: {
      proof: {
        link: "Confirm that the account is yours",
        subject: "Confirm that the Lederdialog account is yours",
        greeting: "Hello {{name}}",
        body: "Someone – hopefully you – is signing in through your organisation's sign-in ({{provider}}) and wants to connect it to your Lederdialog account. Open the link below in the same browser to confirm that the account is yours. The link works for {{minutes}} minutes and can be used once.",
        ignore:
          "If you did not just sign in yourself, do not open the link. Your account is not connected, and nobody is signed in to it.",
      },
      linked: {
        link: "Sign-in and security",
        subject: "Your account is connected to your organisation's sign-in",
        greeting: "Hello {{name}}",
        body: "Your Lederdialog account ({{email}}) is now connected to your organisation's sign-in ({{provider}}), {{time}}. From now on you can sign in that way.",
        notYou:
          "Was it not you? Then remove the connection under “Sign-in and security”, sign out everywhere else, and tell your administrator:",
      },
    },
  },
  deleteAccount: {
    title: "Delete your account",
    back: "Back to My leader dialogue",
    link: "Delete your account and everything you have written",
    intro: "You can delete your account at any time. You may want to download your data first.",
    whatGoes:
      "Everything you have written is deleted: notes, leader contracts, agreements, what you have shared, and the dialogues with your nearest leader, including your shared notes.",
    othersTold:
      "The people you have held dialogues with get an e-mail saying your account is deleted. They keep nothing of what you wrote.",
    noUndo: "This cannot be undone.",
    kontraktPdf: "Download your leader contract as a PDF",
    confirmLabel: "Enter your e-mail address to confirm",
    confirmHint: "Enter {{email}}.",
    submit: "Delete my account",
    deleted: "Your account and everything you wrote have been deleted.",
  },
};
