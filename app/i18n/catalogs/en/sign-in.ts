import type { DeepStrings } from "../catalog";
import type { texts as da } from "../da/sign-in";

// Texts of signing up and in, passwords and invitations.
// The English of da/sign-in.ts: the type makes a missing or extra key fail the typecheck.
export const texts: DeepStrings<typeof da> = {
  auth: {
    signUp: {
      title: "Create account",
      intro:
        "You can use Lederdialog on your own, even if your organisation has not set anything up. What you write is private until you choose to share it.",
      name: "Your name",
      nameHint: "The name your nearest leader knows you by.",
      email: "E-mail",
      emailHint: "You sign in with your e-mail address.",
      password: "Password",
      passwordHint: "At least 10 characters. A sentence is easy to remember and hard to guess.",
      submit: "Create account",
      emailTaken: "An account with this e-mail address already exists. Sign in, or ask for a new password.",
      rateLimited: "Many accounts have been created from here in a short time. Wait an hour and try again.",
      haveAccount: "Already have an account?",
      ssoRequired:
        'Your organisation signs in with its own sign-in. Use "Sign in with your organisation" on the sign-in page.',
    },
    signIn: {
      title: "Sign in",
      email: "E-mail",
      password: "Password",
      submit: "Sign in",
      invalid: "The e-mail address or the password is wrong.",
      forgot: "Forgot your password?",
      noAccount: "Don't have an account?",
      passwordChanged: "Your password has been changed. Sign in with the new password.",
      signedOut: "You are signed out.",
      ssoRequired:
        'Your organisation signs in with its own sign-in. Use "Sign in with your organisation" below.',
      ssoHeading: "Sign in with your organisation",
      ssoIntro:
        "If your workplace uses single sign-on, enter your work e-mail. We will send you on to your organisation's sign-in.",
      ssoEmail: "Work e-mail",
      ssoSubmit: "Continue to your organisation's sign-in",
      ssoUnknownDomain:
        "We do not know a sign-in for that address's organisation. Sign in with a password, or ask your administrator.",
    },
    sso: {
      failureTitle: "You were not signed in",
      backToSignIn: "Back to sign in",
      failure: {
        expired: "The sign-in attempt has expired or was already used. Please start again.",
        otherBrowser:
          "The sign-in was started in another browser. Start again in the browser you want to use.",
        rejected:
          "The answer from your organisation's sign-in could not be accepted. Try again, or contact your administrator.",
        cancelled: "Sign-in was cancelled at your organisation. You can try again.",
        unavailable: "Your organisation's sign-in is not answering right now. Try again shortly.",
        noEmail: "Your organisation's sign-in sent no verified e-mail address. Contact your administrator.",
        emailDomain: "Your e-mail address is not in the organisation's domains. Contact your administrator.",
        otherOrganisation:
          "An account with your e-mail address already exists in another organisation. Contact your administrator.",
        deactivated: "Your account is deactivated. Contact your administrator.",
      },
    },
    forgot: {
      title: "Forgot password",
      intro:
        "Enter your e-mail address. If there is an account with that address, we will send a link you can use to choose a new password.",
      email: "E-mail",
      submit: "Send link",
      sent: "Check your inbox. If there is an account with {{email}}, we have sent a link. The link works for {{minutes}} minutes and can be used once.",
      rateLimited: "Too many links have been requested. Wait an hour and try again.",
      back: "Back to sign in",
    },
    reset: {
      title: "Choose a new password",
      password: "New password",
      passwordHint: "At least 10 characters.",
      submit: "Save new password",
      invalidToken: "The link has expired or has already been used. Ask for a new link.",
      requestNew: "Ask for a new link",
    },
  },
  throttle: {
    signIn: {
      throttled:
        "There have been too many wrong attempts to sign in to this account. Wait 15 minutes and try again – or reset your password under “Forgot your password?” below.",
    },
    mail: {
      securityLink: "Sign-in and security",
      passwordLink: "Choose a new password",
      subject: "New sign-in to your Lederdialog account",
      greeting: "Hello {{name}}",
      body: "Someone signed in to your Lederdialog account on {{time}} from {{device}}. That browser had not been used for your account before.",
      device: "{{browser}} on {{os}}",
      unknownDevice: "a browser we do not recognise",
      ifYou: "If it was you, there is nothing you need to do.",
      ifNotYou: "If it was not you, sign it out at once under “Sign-in and security”:",
      changePassword: "and choose a new password here:",
    },
  },
  invitation: {
    otherEmail:
      "The invitation was sent to {{email}}. Sign in with that address – or create an account with it – to accept it.",
    signOutFirst: "Sign out and continue with the right address",
    title: "Invitation to a dialogue",
    intro: "{{name}} has invited you to a dialogue as their nearest leader.",
    when: "Time: {{date}} at {{time, wallTime}}, 45 minutes",
    where: "Place: {{location}}",
    signInFirst: "Sign in or create an account to accept the invitation. You will come back here afterwards.",
    accept: "Accept the invitation",
    invalid: "The invitation has expired or has already been used. Ask the leader to send a new one.",
    ownInvitation: "This is your own invitation. Send the link to your nearest leader.",
    aboutTool:
      "The tool “Strengthen the leader’s dialogue with their nearest leader” from BFA Welfare and Public Administration helps a leader get support from their nearest leader for their goals and wellbeing. You only see what the leader chooses to share.",
    acceptExplained:
      "When you accept, you become {{name}}'s nearest leader in Lederdialog and can prepare for the dialogue. The link works only once.",
    signUpIntro:
      "{{name}} has invited you to a dialogue as nearest leader. Create an account, and you can accept the invitation and prepare.",
    signUpEmailHint: "The address the invitation was sent to. You confirm it with a link we send you.",
  },
  ssoProtection: {
    failure: {
      invalidEmail:
        "Your organisation's sign-in sent an e-mail address that is not one plain address. Contact your administrator.",
      tooManyAttempts:
        "There have been too many sign-in attempts from here just now. Wait a minute and try again.",
    },
    tooLargeTitle: "The answer was too large",
    tooLargeText:
      "The answer from your organisation's sign-in was larger than a sign-in ever is, so it was refused. Start again, or contact your administrator.",
  },
};
