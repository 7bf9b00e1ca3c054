import type { TAnswers } from '@/domain/applications/form-definition';

// The people of the demo's review stage (demo-review.ts): PIFI fellows whose applications
// passed screening, one BGS applicant waiting for BLCU, and the PIFI panel's reviewers.
// Invented people; addresses under the reserved `.example` top-level domain (RFC 2606), one
// institution each, so no two share an e-mail domain with a reviewer by accident.

/** The demo reviewer's address (demo-data.ts), named as a referee by one PIFI fellow. */
export const DEMO_REVIEWER_EMAIL = 'reviewer@demo.jiangxue.test';
export const DEMO_CHAIR_EMAIL = 'chair@demo.jiangxue.test';
export const DEMO_PROGRAM_OFFICER_EMAIL = 'program@demo.jiangxue.test';

export type TDemoApplicant = {
  email: string;
  displayName: string;
  familyName: string;
  givenNames: string;
  nationality: string;
  passportNumber: string;
  birthOn: string;
  gender: 'female' | 'male';
  /** Days before the seed's instant the application was submitted. */
  submittedDaysAgo: number;
  answers: TAnswers;
  /** The two referees, whose letters are in. */
  referees: { name: string; title: string; institution: string; email: string }[];
};

type TFellow = {
  institution: string;
  country: string;
  qualification: string;
  from: string;
  subject: string;
  department: string;
  priorityArea: string;
  careerStage: string;
  phdAwardedOn: string;
  title: string;
  phone: string;
  address: string;
};

/** A PIFI fellow's answers: every required field of the form (form-definition.ts). */
function fellowAnswers(f: TFellow): TAnswers {
  return {
    personal: { phone: f.phone, address: f.address, inChina: 'no' },
    education: {
      highestQualification: 'doctorate',
      academicTitle: f.careerStage === 'established' ? 'associate_professor' : 'none',
      studyingInChina: 'none',
      // The current post: no end date, so it is the institution conflicts are judged on.
      edu_0_institution: f.institution,
      edu_0_country: f.country,
      edu_0_qualification: f.qualification,
      edu_0_field: f.subject,
      edu_0_from: f.from,
    },
    language: { englishNative: 'no', ielts: '7.5' },
    plan: {
      title: f.title,
      text:
        `${f.title}. The fellowship would let me work for twelve months with a CAS institute ` +
        `in ${f.subject.toLowerCase()}, share field and laboratory methods with its group, ` +
        'co-supervise two doctoral students and write two joint papers. Months 1–3: data and ' +
        'methods; months 4–9: experiments and analysis; months 10–12: papers and a workshop.',
    },
    host: { department: f.department, subject: f.subject },
    program: {
      careerStage: f.careerStage,
      priorityArea: f.priorityArea,
      phdAwardedOn: f.phdAwardedOn,
    },
  };
}

const referee = (name: string, institution: string, email: string) => ({
  name,
  title: 'Professor',
  institution,
  email,
});

/**
 * Six PIFI fellows, under review. The fifth names the demo reviewer as a referee: the one
 * application of the panel the demo reviewer may never see (R-GEN-COI).
 */
export const PIFI_FELLOWS: readonly TDemoApplicant[] = [
  {
    email: 'amara.okafor@unilag.example',
    displayName: 'Amara Okafor',
    familyName: 'OKAFOR',
    givenNames: 'Amara Chiamaka',
    nationality: 'NG',
    passportNumber: 'A07731942',
    birthOn: '1988-04-22',
    gender: 'female',
    submittedDaysAgo: 6,
    answers: fellowAnswers({
      institution: 'University of Lagos',
      country: 'NG',
      qualification: 'PhD Environmental Science',
      from: '2019-10-01',
      subject: 'Environmental Science',
      department: 'Institute of Urban Environment, CAS',
      priorityArea: 'environment',
      careerStage: 'early_career',
      phdAwardedOn: '2018-07-15',
      title: 'Microplastics in the Lagos lagoon and the Jiulong river estuary',
      phone: '+234 803 555 0142',
      address: '12 Akoka Road, Yaba, Lagos, Nigeria',
    }),
    referees: [
      referee('Prof. Babatunde Adeyemi', 'University of Lagos', 'b.adeyemi@unilag.example'),
      referee('Prof. Grace Mensah', 'University of Ghana', 'g.mensah@ug.example'),
    ],
  },
  {
    email: 'rahul.menon@iisc.example',
    displayName: 'Rahul Menon',
    familyName: 'MENON',
    givenNames: 'Rahul',
    nationality: 'IN',
    passportNumber: 'Z4821376',
    birthOn: '1991-11-03',
    gender: 'male',
    submittedDaysAgo: 5,
    answers: fellowAnswers({
      institution: 'Indian Institute of Science',
      country: 'IN',
      qualification: 'PhD Materials Engineering',
      from: '2022-01-10',
      subject: 'Materials Science',
      department: 'Institute of Physics, CAS',
      priorityArea: 'energy',
      careerStage: 'postdoctoral',
      phdAwardedOn: '2021-12-01',
      title: 'Sodium-ion cathodes from abundant elements',
      phone: '+91 80 5550 2291',
      address: 'CV Raman Road, Bengaluru 560012, India',
    }),
    referees: [
      referee('Prof. Anjali Rao', 'Indian Institute of Science', 'a.rao@iisc.example'),
      referee('Prof. Marc Dubois', 'University of Bordeaux', 'm.dubois@ubx.example'),
    ],
  },
  {
    email: 'lucia.fernandez@uba.example',
    displayName: 'Lucía Fernández',
    familyName: 'FERNANDEZ',
    givenNames: 'Lucía Belén',
    nationality: 'AR',
    passportNumber: 'AAF903115',
    birthOn: '1982-02-09',
    gender: 'female',
    submittedDaysAgo: 4,
    answers: fellowAnswers({
      institution: 'University of Buenos Aires',
      country: 'AR',
      qualification: 'PhD Biological Sciences',
      from: '2012-03-01',
      subject: 'Ecology',
      department: 'Institute of Botany, CAS',
      priorityArea: 'environment',
      careerStage: 'established',
      phdAwardedOn: '2011-11-30',
      title: 'Grassland recovery after grazing in the Pampas and Inner Mongolia',
      phone: '+54 11 5550 7730',
      address: 'Intendente Güiraldes 2160, Buenos Aires, Argentina',
    }),
    referees: [
      referee('Prof. Diego Alvarez', 'University of Buenos Aires', 'd.alvarez@uba.example'),
      referee('Prof. Ingrid Larsen', 'University of Copenhagen', 'i.larsen@ku.example'),
    ],
  },
  {
    email: 'nguyen.thi.mai@hust.example',
    displayName: 'Nguyen Thi Mai',
    familyName: 'NGUYEN',
    givenNames: 'Thi Mai',
    nationality: 'VN',
    passportNumber: 'C3390417',
    birthOn: '1990-08-17',
    gender: 'female',
    submittedDaysAgo: 3,
    answers: fellowAnswers({
      institution: 'Hanoi University of Science and Technology',
      country: 'VN',
      qualification: 'PhD Computer Science',
      from: '2020-09-01',
      subject: 'Computer Science',
      department: 'Institute of Automation, CAS',
      priorityArea: 'artificial_intelligence',
      careerStage: 'early_career',
      phdAwardedOn: '2020-06-20',
      title: 'Low-resource speech recognition for Vietnamese and Chinese dialects',
      phone: '+84 24 5550 3318',
      address: '1 Dai Co Viet, Hai Ba Trung, Hanoi, Viet Nam',
    }),
    referees: [
      referee(
        'Prof. Tran Van Duc',
        'Hanoi University of Science and Technology',
        'd.tran@hust.example',
      ),
      referee('Prof. Hiroshi Sato', 'Kyoto University', 'h.sato@kyoto.example'),
    ],
  },
  {
    email: 'tomasz.kowalski@uj.example',
    displayName: 'Tomasz Kowalski',
    familyName: 'KOWALSKI',
    givenNames: 'Tomasz Jan',
    nationality: 'PL',
    passportNumber: 'EK5518290',
    birthOn: '1985-06-30',
    gender: 'male',
    submittedDaysAgo: 3,
    answers: fellowAnswers({
      institution: 'Jagiellonian University',
      country: 'PL',
      qualification: 'PhD Physics',
      from: '2015-10-01',
      subject: 'Physics',
      department: 'Institute of High Energy Physics, CAS',
      priorityArea: 'energy',
      careerStage: 'established',
      phdAwardedOn: '2014-09-12',
      title: 'Neutrino mass ordering from reactor data at JUNO',
      phone: '+48 12 555 4471',
      address: 'ul. Łojasiewicza 11, 30-348 Kraków, Poland',
    }),
    referees: [
      // Note: R-GEN-COI — the demo reviewer's own address: an automatic conflict.
      referee('Prof. Wang Lei', 'Peking University', DEMO_REVIEWER_EMAIL),
      referee('Prof. Ewa Nowak', 'Jagiellonian University', 'e.nowak@uj.example'),
    ],
  },
  {
    email: 'fatima.benali@um5.example',
    displayName: 'Fatima Zahra Benali',
    familyName: 'BENALI',
    givenNames: 'Fatima Zahra',
    nationality: 'MA',
    passportNumber: 'UB2208761',
    birthOn: '1989-01-25',
    gender: 'female',
    submittedDaysAgo: 2,
    answers: fellowAnswers({
      institution: 'Mohammed V University in Rabat',
      country: 'MA',
      qualification: 'PhD Epidemiology',
      from: '2021-02-01',
      subject: 'Public Health',
      department: 'Institute of Microbiology, CAS',
      priorityArea: 'health',
      careerStage: 'postdoctoral',
      phdAwardedOn: '2020-12-18',
      title: 'Genomic surveillance of antimicrobial resistance in North African hospitals',
      phone: '+212 537 555 190',
      address: 'Avenue des Nations Unies, Agdal, Rabat, Morocco',
    }),
    referees: [
      referee('Prof. Youssef Alaoui', 'Mohammed V University in Rabat', 'y.alaoui@um5.example'),
      referee('Prof. Claire Martin', 'Institut Pasteur', 'c.martin@pasteur.example'),
    ],
  },
];

/** A BGS master's applicant at BLCU, submitted and waiting for BLCU's screening. */
export const BGS_APPLICANT: TDemoApplicant = {
  email: 'aigerim.sadykova@kaznu.example',
  displayName: 'Aigerim Sadykova',
  familyName: 'SADYKOVA',
  givenNames: 'Aigerim',
  nationality: 'KZ',
  passportNumber: 'N13380562',
  birthOn: '2001-05-12',
  gender: 'female',
  submittedDaysAgo: 4,
  answers: {
    personal: {
      phone: '+7 727 555 0184',
      address: '71 al-Farabi Avenue, Almaty, Kazakhstan',
      inChina: 'no',
    },
    education: {
      highestQualification: 'bachelor',
      studyingInChina: 'none',
      edu_0_institution: 'Al-Farabi Kazakh National University',
      edu_0_country: 'KZ',
      edu_0_qualification: 'BA Oriental Studies',
      edu_0_field: 'Chinese language',
      edu_0_from: '2019-09-01',
      edu_0_to: '2023-06-30',
    },
    language: { englishNative: 'no', ielts: '6.5', hsk: '5' },
    plan: {
      title: 'Teaching Chinese tones to speakers of Kazakh',
      text:
        'I want to become a teacher of Chinese in Almaty. At BLCU I would study how learners ' +
        'whose first language has no lexical tone acquire the four tones, and build classroom ' +
        'exercises for them, tested with my former university’s first-year students.',
    },
    host: {
      department: 'College of Chinese Studies',
      subject: 'Teaching Chinese to Speakers of Other Languages',
    },
    program: { teachingLanguage: 'chinese', currentStudent: 'no', otherScholarship: 'none' },
  },
  referees: [
    referee(
      'Prof. Gulnara Abenova',
      'Al-Farabi Kazakh National University',
      'g.abenova@kaznu.example',
    ),
    referee('Dr. Li Na', 'Al-Farabi Kazakh National University', 'li.na@kaznu.example'),
  ],
};

export type TDemoPanelMember = {
  email: string;
  /** An account made by the seed (the demo reviewer and chair already have one). */
  account: { displayName: string } | null;
  displayName: string;
  institution: string;
  disciplines: string[];
  capacity: number;
  role: 'reviewer' | 'chair';
};

/**
 * The PIFI panel: the demo reviewer and two more reviewers, so each application the demo
 * reviewer may see gets its three reviews (R-REV-ASSIGN), and the demo chair.
 */
export const PIFI_PANEL_MEMBERS: readonly TDemoPanelMember[] = [
  {
    email: DEMO_REVIEWER_EMAIL,
    account: null,
    displayName: 'Prof. Wang Lei',
    institution: 'Peking University',
    disciplines: ['Physics', 'Materials Science'],
    capacity: 6,
    role: 'reviewer',
  },
  {
    email: 'reviewer.marques@demo.jiangxue.test',
    account: { displayName: 'Prof. Sofia Marques' },
    displayName: 'Prof. Sofia Marques',
    institution: 'University of Lisbon',
    disciplines: ['Ecology', 'Environmental Science'],
    capacity: 8,
    role: 'reviewer',
  },
  {
    email: 'reviewer.haddad@demo.jiangxue.test',
    account: { displayName: 'Prof. Karim Haddad' },
    displayName: 'Prof. Karim Haddad',
    institution: 'American University of Beirut',
    disciplines: ['Computer Science', 'Public Health'],
    capacity: 8,
    role: 'reviewer',
  },
  {
    email: DEMO_CHAIR_EMAIL,
    account: null,
    displayName: 'Prof. Chen Jing',
    institution: 'Tsinghua University',
    disciplines: [],
    capacity: 0,
    role: 'chair',
  },
];
