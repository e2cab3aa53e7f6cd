import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import {
  forgotPasswordSchema,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
} from "~/features/account/auth.schema";
import { agreementSchema, meetingAgreementSchema } from "~/features/agreements/agreement.schema";
import { inviteSchema } from "~/features/dialogue/invite.schema";
import { agendaItemSchema, followUpSchema, moveDialogueSchema } from "~/features/dialogue/meeting.schema";
import { personSchema } from "~/features/organisation/person.schema";
import { unitEditSchema, unitSchema } from "~/features/organisation/unit.schema";
import { deleteAccountSchema } from "~/features/privacy/delete-account.schema";
import { retentionSchema } from "~/features/privacy/retention.schema";
import { addEmailDomainSchema } from "~/features/sso/email-domain.schema";
import { ssoLinkPasswordSchema } from "~/features/sso/sso-link-proof.schema";
import { ssoSettingsSchema } from "~/features/sso/sso-settings.schema";
import { parseForm } from "./parse-form";

// The browser reads a form with parseForm, the server with Conform's parseWithZod (issue 16): the
// two must agree on every form, valid or not, so the browser never shows an error the server would
// not give (or misses one it would), and what is typed reaches the server as the server reads it.

const SCHEMAS = {
  agreementSchema,
  meetingAgreementSchema,
  signUpSchema,
  signInSchema,
  forgotPasswordSchema,
  resetPasswordSchema,
  deleteAccountSchema,
  addEmailDomainSchema,
  inviteSchema,
  agendaItemSchema,
  followUpSchema,
  moveDialogueSchema,
  personSchema,
  retentionSchema,
  ssoLinkPasswordSchema,
  ssoSettingsSchema,
  unitSchema,
  unitEditSchema,
};

const LONG = "x".repeat(260_000);

/** Forms as the browser sends them: nothing, blanks, whitespace, good values, bad and too long ones. */
const FORMS: [string, string][][] = [
  [],
  [
    ["name", ""],
    ["email", ""],
    ["text", ""],
    ["date", ""],
    ["time", ""],
    ["location", ""],
  ],
  [
    ["name", "   "],
    ["email", "  "],
    ["password", " "],
    ["text", "  "],
    ["location", "  "],
    ["confirmEmail", " "],
  ],
  [
    ["intent", "add"],
    ["kind", "self"],
    ["owner", "leader"],
    ["name", " Lone Hansen "],
    ["email", " Lone@Example.DK "],
    ["password", "et-langt-kodeord"],
    ["text", " Gå en tur "],
    ["followUpDate", "2099-12-15"],
    ["followUpTime", "09:00"],
    ["recurrence", "weekly"],
    ["date", "2099-12-15"],
    ["time", "10:00"],
    ["location", "Mødelokale 2"],
    ["rhythm", "quarterly"],
    ["scope", "series"],
    ["roles", "leader"],
    ["unitPath", "Social / Hjemmeplejen"],
    ["nearestLeaderEmail", ""],
    ["retentionMonths", "24"],
    ["domain", "@Example.dk"],
    ["confirmEmail", "lone@example.dk"],
    ["protocol", "oidc"],
    ["oidcIssuer", "https://idp.example.dk"],
    ["oidcClientId", ""],
    ["parentPath", ""],
  ],
  [
    ["roles", "leader"],
    ["roles", "hr"],
    ["roles", "nobody"],
    ["kind", "other"],
    ["recurrence", "never"],
    ["followUpDate", "2026-02-30"],
    ["followUpTime", "25:00"],
    ["date", "1999-01-01"],
    ["time", "9"],
    ["retentionMonths", "0"],
    ["email", "ikke en adresse"],
    ["domain", "ikke et domæne"],
    ["protocol", "none"],
    ["samlContactEmail", "nej"],
    ["name", "a/b"],
  ],
  [
    ["name", LONG],
    ["email", LONG],
    ["password", LONG],
    ["text", LONG],
    ["followUpHow", LONG],
    ["location", LONG],
    ["samlIdpMetadata", LONG],
    ["unitPath", LONG],
    ["parentPath", LONG],
    ["protocol", "saml"],
  ],
];

function formData(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("parseForm reads every form as the server's parseWithZod does", () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(name, () => {
      for (const [index, entries] of FORMS.entries()) {
        const browser = parseForm(formData(entries), schema);
        const server = parseWithZod(formData(entries), { schema });
        expect(browser.status, `form ${index}`).toBe(server.status);
        expect(browser.reply(), `form ${index}`).toEqual(server.reply());
        if (server.status === "success" && browser.status === "success") {
          expect(browser.value, `form ${index}`).toEqual(server.value);
        }
      }
    });
  }
});
