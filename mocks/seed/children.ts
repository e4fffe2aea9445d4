import type { AuthorityId, CaseStatus } from '../../machines/contact/contact.schema';

// ALL PEOPLE AND PLACES IN THIS FILE ARE FICTIONAL.
// The names, streets, towns and teams are invented for the demo and chosen to be obviously made up; any
// resemblance to a real person or address is accidental. Telephone numbers are from Ofcom's range reserved
// for drama (01632 960xxx and 07700 900xxx), which is never allocated to a real line.
//
// The children's social care records a call handler would search during a contact. Per authority there is
// at least: an open case with an allocated worker and team, a closed case known before, a child on a Child
// Protection Plan, a Looked After child, and siblings in one household.

export interface AllocatedWorker {
  name: string;
  team: string;
  phone: string;
}

export interface HouseholdMember {
  name: string;
  relationship: string;
  knownToServices: boolean;
}

export interface ChildRecord {
  id: string;
  name: string;
  dateOfBirth: string;
  authority: AuthorityId;
  /** Fictional. Withheld for a looked-after child, whose placement address the allocated worker holds. */
  address: string;
  caseStatus: CaseStatus;
  allocatedWorker?: AllocatedWorker;
  childProtectionPlan: boolean;
  lookedAfter: boolean;
  knownBefore: boolean;
  household: HouseholdMember[];
  siblings: Array<{ id: string; name: string }>;
}

interface SeedChild {
  id: string;
  name: string;
  dateOfBirth: string;
  /** How the child's brothers and sisters would name them in their household list. */
  sibling: 'Brother' | 'Sister' | 'Half-brother' | 'Half-sister';
  caseStatus: CaseStatus;
  allocatedWorker?: AllocatedWorker;
  childProtectionPlan?: boolean;
  lookedAfter?: boolean;
  knownBefore: boolean;
  /** Where a child lives apart from the family (a foster placement): this household replaces the family's. */
  placement?: { household: HouseholdMember[] };
}

interface SeedFamily {
  authority: AuthorityId;
  address: string;
  adults: HouseholdMember[];
  children: SeedChild[];
}

const PLACEMENT_ADDRESS = 'Placement address withheld: ask the allocated worker';

const FAMILIES: SeedFamily[] = [
  // --- Dorset ---------------------------------------------------------------------------------------------
  {
    authority: 'dorset',
    address: '4 Lanternwick Row, Puddlecombe Regis',
    adults: [
      { name: 'Rosamund Quillfeather', relationship: 'Mother', knownToServices: true },
      { name: 'Jasper Tindlewood', relationship: 'Mother’s partner', knownToServices: true },
    ],
    children: [
      {
        id: 'ch-dor-001',
        name: 'Ada Quillfeather',
        dateOfBirth: '2016-04-11',
        sibling: 'Sister',
        caseStatus: 'open',
        childProtectionPlan: true,
        knownBefore: true,
        allocatedWorker: { name: 'Hester Wickstaff', team: 'Puddlecombe Child Protection Team', phone: '01632 960101' },
      },
      {
        id: 'ch-dor-002',
        name: 'Barnaby Quillfeather',
        dateOfBirth: '2019-09-02',
        sibling: 'Brother',
        caseStatus: 'open',
        childProtectionPlan: true,
        knownBefore: true,
        allocatedWorker: { name: 'Hester Wickstaff', team: 'Puddlecombe Child Protection Team', phone: '01632 960101' },
      },
      {
        id: 'ch-dor-003',
        name: 'Clementine Tindlewood',
        dateOfBirth: '2023-01-27',
        sibling: 'Half-sister',
        caseStatus: 'open',
        childProtectionPlan: true,
        knownBefore: true,
        allocatedWorker: { name: 'Hester Wickstaff', team: 'Puddlecombe Child Protection Team', phone: '01632 960101' },
      },
    ],
  },
  {
    authority: 'dorset',
    address: '17 Pipistrelle Lane, Gloamingford',
    adults: [{ name: 'Morwenna Marrowby', relationship: 'Mother', knownToServices: false }],
    children: [
      { id: 'ch-dor-004', name: 'Digby Marrowby', dateOfBirth: '2012-07-19', sibling: 'Brother', caseStatus: 'closed', knownBefore: true },
    ],
  },
  {
    authority: 'dorset',
    address: '2 Teasel Close, Gloamingford',
    adults: [
      { name: 'Perpetua Thistlecombe', relationship: 'Mother', knownToServices: true },
      { name: 'Alaric Thistlecombe', relationship: 'Father', knownToServices: true },
    ],
    children: [
      {
        id: 'ch-dor-005',
        name: 'Esme Thistlecombe',
        dateOfBirth: '2013-12-03',
        sibling: 'Sister',
        caseStatus: 'open',
        lookedAfter: true,
        knownBefore: true,
        allocatedWorker: { name: 'Tobias Lanternby', team: 'Children in Care Team (West)', phone: '01632 960102' },
        placement: {
          household: [
            { name: 'Ottoline Brackenfold', relationship: 'Foster carer', knownToServices: false },
            { name: 'Cedric Brackenfold', relationship: 'Foster carer', knownToServices: false },
          ],
        },
      },
      { id: 'ch-dor-006', name: 'Fitz Thistlecombe', dateOfBirth: '2020-06-30', sibling: 'Brother', caseStatus: 'early-help', knownBefore: true },
    ],
  },
  {
    authority: 'dorset',
    address: 'Flat 3, Candlewick Yard, Puddlecombe Regis',
    adults: [{ name: 'Wilhelmina Glimmerstone', relationship: 'Mother', knownToServices: false }],
    children: [
      { id: 'ch-dor-007', name: 'Gus Glimmerstone', dateOfBirth: '2024-02-14', sibling: 'Brother', caseStatus: 'unknown', knownBefore: false },
    ],
  },

  // --- Hertfordshire --------------------------------------------------------------------------------------
  {
    authority: 'hertfordshire',
    address: '9 Moonpenny Way, Little Wickhollow',
    adults: [
      { name: 'Griselda Brackenwhistle', relationship: 'Mother', knownToServices: true },
      { name: 'Florian Brackenwhistle', relationship: 'Father', knownToServices: true },
      { name: 'Agatha Brackenwhistle', relationship: 'Grandmother', knownToServices: false },
    ],
    children: [
      {
        id: 'ch-her-001',
        name: 'Hugo Brackenwhistle',
        dateOfBirth: '2014-03-08',
        sibling: 'Brother',
        caseStatus: 'open',
        knownBefore: true,
        allocatedWorker: { name: 'Priya Moonwhistle', team: 'Wickhollow Family Safeguarding Team 2', phone: '01632 960201' },
      },
      {
        id: 'ch-her-002',
        name: 'Iris Brackenwhistle',
        dateOfBirth: '2017-10-21',
        sibling: 'Sister',
        caseStatus: 'open',
        knownBefore: true,
        allocatedWorker: { name: 'Priya Moonwhistle', team: 'Wickhollow Family Safeguarding Team 2', phone: '01632 960201' },
      },
    ],
  },
  {
    authority: 'hertfordshire',
    address: '31 Gooseberry Crescent, Hobbleton Green',
    adults: [{ name: 'Leopold Duskmantle', relationship: 'Father', knownToServices: true }],
    children: [
      {
        id: 'ch-her-003',
        name: 'Juniper Duskmantle',
        dateOfBirth: '2015-05-16',
        sibling: 'Sister',
        caseStatus: 'open',
        childProtectionPlan: true,
        knownBefore: true,
        allocatedWorker: { name: 'Gideon Thrushcombe', team: 'Hobbleton Child Protection Team', phone: '07700 900201' },
      },
    ],
  },
  {
    authority: 'hertfordshire',
    address: '6 Sorrel Mews, Hobbleton Green',
    adults: [{ name: 'Marisol Gorsewick', relationship: 'Mother', knownToServices: true }],
    children: [
      { id: 'ch-her-004', name: 'Kit Gorsewick', dateOfBirth: '2011-08-09', sibling: 'Brother', caseStatus: 'closed', knownBefore: true },
      {
        id: 'ch-her-005',
        name: 'Lyra Gorsewick',
        dateOfBirth: '2012-11-30',
        sibling: 'Sister',
        caseStatus: 'open',
        lookedAfter: true,
        knownBefore: true,
        allocatedWorker: { name: 'Nell Inkpenny', team: 'Children Looked After Team (East)', phone: '01632 960202' },
        placement: { household: [{ name: 'Beatrix Hollyhock', relationship: 'Foster carer', knownToServices: false }] },
      },
    ],
  },
  {
    authority: 'hertfordshire',
    address: '12 Willowherb Walk, Little Wickhollow',
    adults: [
      { name: 'Tamsin Inkwhistle', relationship: 'Mother', knownToServices: false },
      { name: 'Oswin Inkwhistle', relationship: 'Father', knownToServices: false },
    ],
    children: [
      { id: 'ch-her-006', name: 'Milo Inkwhistle', dateOfBirth: '2021-04-04', sibling: 'Brother', caseStatus: 'unknown', knownBefore: false },
    ],
  },

  // --- Leicester ------------------------------------------------------------------------------------------
  {
    authority: 'leicester',
    address: '45 Wyvern Road, Quernby Fields',
    adults: [
      { name: 'Ophelia Hollowmere', relationship: 'Mother', knownToServices: true },
      { name: 'Rufus Hollowmere', relationship: 'Uncle', knownToServices: true },
    ],
    children: [
      {
        id: 'ch-lei-001',
        name: 'Nico Hollowmere',
        dateOfBirth: '2015-01-12',
        sibling: 'Brother',
        caseStatus: 'open',
        childProtectionPlan: true,
        knownBefore: true,
        allocatedWorker: { name: 'Rafe Dimbleworth', team: 'Quernby Duty and Assessment Team', phone: '01632 960301' },
      },
      {
        id: 'ch-lei-002',
        name: 'Olive Hollowmere',
        dateOfBirth: '2018-08-25',
        sibling: 'Sister',
        caseStatus: 'open',
        childProtectionPlan: true,
        knownBefore: true,
        allocatedWorker: { name: 'Rafe Dimbleworth', team: 'Quernby Duty and Assessment Team', phone: '01632 960301' },
      },
    ],
  },
  {
    authority: 'leicester',
    address: '8 Thimble Street, Quernby Fields',
    adults: [{ name: 'Cosmo Pipwhistle', relationship: 'Father', knownToServices: false }],
    children: [
      { id: 'ch-lei-003', name: 'Poppy Pipwhistle', dateOfBirth: '2010-10-10', sibling: 'Sister', caseStatus: 'closed', knownBefore: true },
    ],
  },
  {
    authority: 'leicester',
    address: '21 Bobbin Lane, Emberfield',
    adults: [{ name: 'Seraphina Larkspindle', relationship: 'Mother', knownToServices: true }],
    children: [
      {
        id: 'ch-lei-004',
        name: 'Quentin Larkspindle',
        dateOfBirth: '2014-06-06',
        sibling: 'Brother',
        caseStatus: 'open',
        lookedAfter: true,
        knownBefore: true,
        allocatedWorker: { name: 'Amara Cloudsley', team: 'Children in Care Team 1', phone: '07700 900301' },
        placement: {
          household: [
            { name: 'Hyacinth Puddleby', relationship: 'Foster carer', knownToServices: false },
            { name: 'Ignatius Puddleby', relationship: 'Foster carer', knownToServices: false },
          ],
        },
      },
      {
        id: 'ch-lei-005',
        name: 'Rosie Larkspindle',
        dateOfBirth: '2016-02-29',
        sibling: 'Sister',
        caseStatus: 'open',
        lookedAfter: true,
        knownBefore: true,
        allocatedWorker: { name: 'Amara Cloudsley', team: 'Children in Care Team 1', phone: '07700 900301' },
        placement: {
          household: [
            { name: 'Hyacinth Puddleby', relationship: 'Foster carer', knownToServices: false },
            { name: 'Ignatius Puddleby', relationship: 'Foster carer', knownToServices: false },
          ],
        },
      },
    ],
  },
  {
    authority: 'leicester',
    address: '3 Spindle Court, Emberfield',
    adults: [{ name: 'Imelda Kettleburrow', relationship: 'Mother', knownToServices: false }],
    children: [
      { id: 'ch-lei-006', name: 'Sol Kettleburrow', dateOfBirth: '2022-12-01', sibling: 'Brother', caseStatus: 'early-help', knownBefore: true },
      { id: 'ch-lei-007', name: 'Tilly Kettleburrow', dateOfBirth: '2019-03-17', sibling: 'Sister', caseStatus: 'early-help', knownBefore: true },
    ],
  },

  // --- Derbyshire -----------------------------------------------------------------------------------------
  {
    authority: 'derbyshire',
    address: '14 Hawthorn Hollow, Bramblemoor Bridge',
    adults: [
      { name: 'Delphine Fennelsworth', relationship: 'Mother', knownToServices: true },
      { name: 'Barnabas Quince', relationship: 'Stepfather', knownToServices: true },
    ],
    children: [
      {
        id: 'ch-der-001',
        name: 'Umberto Fennelsworth',
        dateOfBirth: '2013-09-09',
        sibling: 'Brother',
        caseStatus: 'open',
        knownBefore: true,
        allocatedWorker: { name: 'Saoirse Pemberwick', team: 'Bramblemoor Locality Team', phone: '01632 960401' },
      },
      {
        id: 'ch-der-002',
        name: 'Violet Quince',
        dateOfBirth: '2020-11-11',
        sibling: 'Half-sister',
        caseStatus: 'open',
        childProtectionPlan: true,
        knownBefore: true,
        allocatedWorker: { name: 'Saoirse Pemberwick', team: 'Bramblemoor Locality Team', phone: '01632 960401' },
      },
    ],
  },
  {
    authority: 'derbyshire',
    address: '7 Millrace Terrace, Cobbleford Dale',
    adults: [{ name: 'Horatio Cobblethwaite', relationship: 'Father', knownToServices: false }],
    children: [
      { id: 'ch-der-003', name: 'Wren Cobblethwaite', dateOfBirth: '2011-05-05', sibling: 'Sister', caseStatus: 'closed', knownBefore: true },
      { id: 'ch-der-004', name: 'Xander Cobblethwaite', dateOfBirth: '2014-07-07', sibling: 'Brother', caseStatus: 'closed', knownBefore: true },
    ],
  },
  {
    authority: 'derbyshire',
    address: '28 Fernhollow Rise, Cobbleford Dale',
    adults: [{ name: 'Anneliese Mossgrove', relationship: 'Mother', knownToServices: true }],
    children: [
      {
        id: 'ch-der-005',
        name: 'Yara Mossgrove',
        dateOfBirth: '2012-02-02',
        sibling: 'Sister',
        caseStatus: 'open',
        lookedAfter: true,
        knownBefore: true,
        allocatedWorker: { name: 'Bartholomew Thimbleby', team: 'Children in Care North', phone: '07700 900401' },
        placement: { household: [{ name: 'Dorcas Wimbleshaw', relationship: 'Foster carer', knownToServices: false }] },
      },
    ],
  },
  {
    authority: 'derbyshire',
    address: '1 Kiln Cottages, Bramblemoor Bridge',
    adults: [
      { name: 'Bettany Puddingstone', relationship: 'Mother', knownToServices: false },
      { name: 'Crispin Puddingstone', relationship: 'Father', knownToServices: false },
    ],
    children: [
      { id: 'ch-der-006', name: 'Zeb Puddingstone', dateOfBirth: '2018-01-23', sibling: 'Brother', caseStatus: 'unknown', knownBefore: false },
      { id: 'ch-der-007', name: 'Aurelia Puddingstone', dateOfBirth: '2021-07-14', sibling: 'Sister', caseStatus: 'unknown', knownBefore: false },
    ],
  },

  // --- Lincolnshire ---------------------------------------------------------------------------------------
  {
    authority: 'lincolnshire',
    address: '19 Samphire Street, Fenwhistle-le-Marsh',
    adults: [{ name: 'Evangeline Ravelthorpe', relationship: 'Mother', knownToServices: true }],
    children: [
      {
        id: 'ch-lin-001',
        name: 'Bram Ravelthorpe',
        dateOfBirth: '2012-12-12',
        sibling: 'Brother',
        caseStatus: 'open',
        knownBefore: true,
        allocatedWorker: { name: 'Kwabena Saltmarsh-Quill', team: 'Fenwhistle Social Work Team', phone: '01632 960501' },
      },
      {
        id: 'ch-lin-002',
        name: 'Cressida Ravelthorpe',
        dateOfBirth: '2015-04-20',
        sibling: 'Sister',
        caseStatus: 'open',
        childProtectionPlan: true,
        knownBefore: true,
        allocatedWorker: { name: 'Kwabena Saltmarsh-Quill', team: 'Fenwhistle Social Work Team', phone: '01632 960501' },
      },
      {
        id: 'ch-lin-003',
        name: 'Dash Ravelthorpe',
        dateOfBirth: '2019-10-31',
        sibling: 'Brother',
        caseStatus: 'open',
        childProtectionPlan: true,
        knownBefore: true,
        allocatedWorker: { name: 'Kwabena Saltmarsh-Quill', team: 'Fenwhistle Social Work Team', phone: '01632 960501' },
      },
    ],
  },
  {
    authority: 'lincolnshire',
    address: '5 Dyke End, Wolderby Marsh',
    adults: [
      { name: 'Philippa Candlebury', relationship: 'Mother', knownToServices: false },
      { name: 'Ambrose Candlebury', relationship: 'Grandfather', knownToServices: false },
    ],
    children: [
      { id: 'ch-lin-004', name: 'Effie Candlebury', dateOfBirth: '2013-03-03', sibling: 'Sister', caseStatus: 'closed', knownBefore: true },
    ],
  },
  {
    authority: 'lincolnshire',
    address: '40 Cornflower Drove, Wolderby Marsh',
    adults: [{ name: 'Lucinda Teaselwick', relationship: 'Mother', knownToServices: true }],
    children: [
      {
        id: 'ch-lin-005',
        name: 'Fenn Teaselwick',
        dateOfBirth: '2011-11-01',
        sibling: 'Brother',
        caseStatus: 'open',
        lookedAfter: true,
        knownBefore: true,
        allocatedWorker: { name: 'Marigold Ashcombe-Fitch', team: 'Children in Care Team (Coast)', phone: '07700 900501' },
        placement: { household: [{ name: 'Ptolemy Gladwhistle', relationship: 'Foster carer', knownToServices: false }] },
      },
      { id: 'ch-lin-006', name: 'Gwendolyn Teaselwick', dateOfBirth: '2018-06-18', sibling: 'Sister', caseStatus: 'early-help', knownBefore: true },
    ],
  },
  {
    authority: 'lincolnshire',
    address: '2 Eelpie Cottages, Fenwhistle-le-Marsh',
    adults: [{ name: 'Severin Wrenwhistle', relationship: 'Father', knownToServices: false }],
    children: [
      { id: 'ch-lin-007', name: 'Halcyon Wrenwhistle', dateOfBirth: '2022-09-09', sibling: 'Sister', caseStatus: 'unknown', knownBefore: false },
    ],
  },
];

function recordsOf(family: SeedFamily): ChildRecord[] {
  return family.children.map((child) => {
    const others = family.children.filter((c) => c.id !== child.id);
    // Brothers and sisters share a household only when neither lives in a placement.
    const householdSiblings = child.placement ? [] : others.filter((c) => !c.placement);
    return {
      id: child.id,
      name: child.name,
      dateOfBirth: child.dateOfBirth,
      authority: family.authority,
      address: child.placement ? PLACEMENT_ADDRESS : family.address,
      caseStatus: child.caseStatus,
      ...(child.allocatedWorker ? { allocatedWorker: child.allocatedWorker } : {}),
      childProtectionPlan: child.childProtectionPlan ?? false,
      lookedAfter: child.lookedAfter ?? false,
      knownBefore: child.knownBefore,
      household: [
        ...(child.placement?.household ?? family.adults),
        ...householdSiblings.map((c) => ({ name: c.name, relationship: c.sibling, knownToServices: c.knownBefore })),
      ],
      siblings: others.map((c) => ({ id: c.id, name: c.name })),
    };
  });
}

/** The seeded records, in a fixed order. Read-only: the demo never changes a child's record. */
export const CHILD_RECORDS: readonly ChildRecord[] = FAMILIES.flatMap(recordsOf);

export const FAMILY_COUNT = FAMILIES.length;
