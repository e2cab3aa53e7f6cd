import type { ReactNode } from "react";
import type { ToolContent } from "~/content/tool-types";

/** The tool's three process steps as a numbered list; `children` adds items after them. */
export function ProcessSteps({
  steps,
  children,
}: {
  steps: ToolContent["processSteps"];
  children?: ReactNode;
}) {
  return (
    <ol className="process-steps">
      {steps.map((step) => (
        <li key={step.number}>
          <h3>{step.title}</h3>
          <p>{step.text}</p>
        </li>
      ))}
      {children}
    </ol>
  );
}
