import type { Entry } from '../lib/dataset/types.ts';

/** For a statistic: the claim as printed, who makes it, and what other monitors count. */
export function FigureTable({ entry }: { entry: Entry }) {
  if (!entry.claim || !entry.figures) return null;
  return (
    <div class="claim">
      <p>
        {/* The label above already says "Claim"; here is the claim as printed, once, and who makes it. */}
        <span class="claim-label">As printed:</span> “{entry.claim.text}” <span class="claim-by">({entry.claim.by})</span>
      </p>
      <table>
        <caption>Figures others give</caption>
        <thead>
          <tr>
            <th scope="col">Who</th>
            <th scope="col">Figure</th>
            <th scope="col">Period</th>
          </tr>
        </thead>
        <tbody>
          {entry.figures.map((f) => (
            <tr key={`${f.monitor}-${f.figure}`}>
              <td>{f.monitor}</td>
              <td>{f.figure}</td>
              <td>{f.period}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
