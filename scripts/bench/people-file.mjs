// The import preview's input for `npm run bench` (issue 16): a people file of `rows` rows as an
// administrator's HR system exports it, for the bench organisation (seed-bench-organisation.ts:
// 50 leaders per team, teams 10 to a department, departments 10 to a forvaltning). Most rows are
// leaders already there, unchanged; every 20th is a new person and every 100th changes nearest
// leader, so the preview has new people, updates and changes of nearest leader to list.
const LEADERS_PER_TEAM = 50;

function teamPath(team) {
  const forvaltning = Math.floor(team / 100) + 1;
  const department = Math.floor((team % 100) / 10) + 1;
  return `Forvaltning ${forvaltning} / Afdeling ${department} / Team ${(team % 10) + 1}`;
}

/** A semicolon-separated file, as Danish Excel writes it. */
export function benchPeopleCsv(rows) {
  const lines = ["navn;e-mail;enhed;nærmeste leder"];
  for (let index = 0; index < rows; index++) {
    const team = Math.floor(index / LEADERS_PER_TEAM);
    const isNew = index % 20 === 19;
    const movesTo = index % 100 === 0 ? team + 1 : team;
    const email = isNew ? `ny${index + 1}@bench.lederdialog.dk` : `leder${index + 1}@bench.lederdialog.dk`;
    const name = isNew ? `Ny Leder ${index + 1}` : `Leder ${index + 1}`;
    lines.push(`${name};${email};${teamPath(team)};chef${movesTo + 1}@bench.lederdialog.dk`);
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** The form the import page posts: the file and the "check" button, multipart as a browser sends it. */
export function importPreviewRequest(csv) {
  const boundary = "----LederdialogBench7MA4YWxkTrZu0gW";
  const body = [
    `--${boundary}`,
    'Content-Disposition: form-data; name="file"; filename="personer.csv"',
    "Content-Type: text/csv",
    "",
    csv,
    `--${boundary}`,
    'Content-Disposition: form-data; name="intent"',
    "",
    "check",
    `--${boundary}--`,
    "",
  ].join("\r\n");
  return { contentType: `multipart/form-data; boundary=${boundary}`, body };
}
