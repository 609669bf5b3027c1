/** Label/value rows in two columns (a report's key figures); a row may carry a note under its value. */
export function KvColumns({ rows }: { rows: [label: string, value: string, note?: string | null][] }) {
  const half = Math.ceil(rows.length / 2);
  return (
    <div className="kp-report-cols">
      {[rows.slice(0, half), rows.slice(half)].map((part, i) => (
        <table className="kp-kv" key={i}>
          <tbody>
            {part.map(([label, value, note]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>
                  {value}
                  {note ? <div className="kp-small kp-warn-text">{note}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
