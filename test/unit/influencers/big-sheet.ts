/** A sheet of `rows` people; the first names an existing person's handle (@lea.bestand: a duplicate to merge). */
export function bigSheet(rows: number): Buffer {
  const lines = ['Name,Instagram,Follower,E-Mail,Stadt'];
  lines.push('Lea Bestand,@lea.bestand,99000,lea.neu@example.de,Berlin');
  for (let i = 1; i < rows; i++) lines.push(`Creator ${i} Müller,@creator.${i},${1000 + i},creator${i}@example.com,Köln`);
  return Buffer.from(lines.join('\n'), 'utf8');
}
