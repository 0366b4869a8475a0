/**
 * How ASN actually write their question, in either language, and the scenario that must be among the first
 * three suggestions. Drawn from questions asked in public (forums, comment threads, office WhatsApp groups).
 */
export const phrasings: [text: string, scenario: string][] = [
  // Social media
  ['boleh like postingan caleg', 'like-candidate-post'],
  ['Bolehkah saya nge-like foto caleg di IG?', 'like-candidate-post'],
  ['kasih love di postingan capres di instagram', 'like-candidate-post'],
  ['medsos', 'like-candidate-post'],
  ['apakah ASN boleh menyukai unggahan calon di medsos', 'like-candidate-post'],
  ['May I like a candidate’s post on Instagram?', 'like-candidate-post'],
  ['can I heart a politician post on facebook', 'like-candidate-post'],
  ['share stiker paslon ke grup wa', 'share-candidate-sticker'],
  ['ngeshare status kampanye calon di WA', 'share-candidate-sticker'],
  ['forwarding a candidate sticker on whatsapp', 'share-candidate-sticker'],
  ['follow akun IG cagub', 'follow-candidate-account'],
  ['is it ok to follow a candidate account', 'follow-candidate-account'],
  ['membagikan jadwal TPS dari KPU', 'share-election-info'],
  ['share official KPU information about how to vote', 'share-election-info'],
  // Photos
  ['foto bareng caleg sambil pose dua jari', 'photo-admired-candidate'],
  ['selfie with a candidate I admire and post it', 'photo-admired-candidate'],
  ['foto biasa dengan calon tanpa pose, tidak diupload', 'photo-plain'],
  // Events
  ['ikut pengajian, terus caleg ambil mic', 'religious-event-caleg-mic'],
  ['caleg datang ke yasinan dan ceramah soal pencalonannya', 'religious-event-caleg-mic'],
  ['prayer meeting where a candidate takes the microphone', 'religious-event-caleg-mic'],
  ['pakai kaos partai waktu kampanye', 'party-attributes'],
  ['wear a party t-shirt to a rally', 'party-attributes'],
  ['boleh datang ke kampanye akbar?', 'attend-campaign'],
  ['can I attend a campaign rally', 'attend-campaign'],
  ['hadir di deklarasi bakal calon bupati', 'attend-declaration'],
  ['attend the declaration of a prospective candidate', 'attend-declaration'],
  ['jadi narasumber di acara partai pakai surat tugas', 'speak-at-party-event'],
  ['speaker at a party event with a duty letter', 'speak-at-party-event'],
  // Office, money and pressure
  ['pakai APBD buat acara partai', 'budget-for-party'],
  ['pakai mobil dinas ke kampanye', 'budget-for-party'],
  ['using the office car for a campaign', 'budget-for-party'],
  ['kasih fotokopi KTP ke calon independen', 'ktp-independent-candidate'],
  ['give a copy of my ID card to an independent candidate', 'ktp-independent-candidate'],
  ['disuruh bupati petahana ngumpulin dukungan', 'pressure-from-regional-head'],
  ['my superior told me to gather support for the incumbent', 'pressure-from-regional-head'],
  ['bagi-bagi bansos atas nama calon', 'biased-decision'],
  // Parties and organisations
  ['jadi anggota parpol, punya KTA', 'party-card'],
  ['can a civil servant be a party member', 'party-card'],
  ['pengurus ormas yang dekat partai', 'ormas-membership'],
  ['masuk timses caleg', 'campaign-team'],
  ['join the winning team of a candidate', 'campaign-team'],
  ['pasang baliho caleg di depan rumah', 'install-banner'],
  ['put up a candidate banner at my house', 'install-banner'],
  // Voting, candidacy, family
  ['saya tetap boleh nyoblos kan?', 'cast-vote'],
  ['may I still vote', 'cast-vote'],
  ['polisi ikut nyoblos di pemilu', 'police-vote'],
  ['can a police officer vote', 'police-vote'],
  ['saya mau nyaleg tahun depan', 'run-for-office'],
  ['I want to run for DPRD', 'run-for-office'],
  ['ikut kampanye suami', 'spouse-campaign'],
  ['istri saya nyaleg, boleh saya dampingi?', 'spouse-campaign'],
  ['my husband is a candidate, may I accompany him', 'spouse-campaign'],
];
