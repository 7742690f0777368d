package org.sbiretl.pipeline.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What award texts are about: the 18 U.S. Critical and Emerging Technology (CET) areas and six
 * fields outside them, each with the vocabulary its titles and abstracts are written from, and the
 * areas a firm specialises in. Written independently of any classifier: the phrasing varies within
 * an area (synonyms, sentences without the area's obvious keyword) as real SBIR abstracts do.
 *
 * <p>Rates (docs/generator.md § Titles and abstracts): about 30 % of awards are outside the CET
 * areas, about 15 % of CET awards touch a second area, and a firm writes most of its awards in its
 * one or two areas.
 */
final class TechnologyAreas {
  /**
   * One topic: a CET area ({@code cet}) or a field outside them. The other lists are whole
   * sentences. {@code related} are the ids of the areas it is most often combined with.
   */
  record Topic(
      String id,
      boolean cet,
      double weight,
      List<String> related,
      List<Subject> subjects,
      String[] problems,
      String[] approaches,
      String[] applications) {}

  /**
   * What an award works on: a noun phrase (with "a"/"an" where countable) and what it is for,
   * written in the data as {@code "phrase | use; use"}.
   */
  record Subject(String phrase, List<String> uses) {
    static Subject parse(String spec) {
      String[] parts = spec.split(" \\| ", 2);
      return new Subject(parts[0], List.of(parts[1].split("; ")));
    }
  }

  /** The areas a firm works in: topic indexes, {@code secondary} -1 when it has one area only. */
  record Specialty(int primary, int secondary) {}

  /** Share of firms whose main work is outside the CET areas. */
  static final double NON_CET_FIRM = 0.32;

  /** Share of CET firms with a second area, usually one related to the first. */
  static final double CET_FIRM_SECOND_AREA = 0.5;

  /** Share of non-CET firms that also do some CET work (a medical device firm using AI). */
  static final double NON_CET_FIRM_CET_SIDELINE = 0.25;

  /** An award's topic: the firm's primary, its secondary, or any topic (a one-off). */
  static final double PRIMARY_OF_TWO = 0.70;

  static final double SECONDARY_OF_TWO = 0.22;
  static final double PRIMARY_OF_ONE = 0.92;

  /** Share of CET awards whose text also touches a second area. */
  static final double CROSS_AREA = 0.15;

  private static final List<Topic> TOPICS = new ArrayList<>();

  static {
    add(
        "advanced_computing",
        true,
        5,
        words("artificial_intelligence", "quantum", "semiconductors", "cybersecurity"),
        words(
            "an exascale-ready multiphysics simulation code | fusion plasma modeling; climate prediction; stockpile stewardship",
            "a GPU-accelerated computational fluid dynamics solver | aircraft design; turbomachinery analysis; leadership-class supercomputers",
            "a workflow manager | high-performance computing centers; ensemble simulations",
            "a scalable parallel I/O library | simulation checkpointing; large-scale scientific data analysis",
            "a reconfigurable dataflow accelerator | sparse scientific workloads; graph analytics",
            "an in-memory computing architecture | data-intensive analytics; signal processing at the edge",
            "a cloud-native high-throughput computing service | genomics workloads; engineering design optimization",
            "an adaptive mesh refinement framework | shock physics; astrophysical simulation",
            "a ruggedized edge computing node | tactical edge processing; forward-deployed units",
            "a hierarchical storage system | petabyte-scale archives; scientific data centers",
            "performance-portable sparse linear solvers | heterogeneous supercomputers; implicit reservoir simulation"),
        words(
            "Scientific simulation codes spend a growing share of their runtime moving data rather"
                + " than computing, and few of them exploit the accelerators that dominate current"
                + " supercomputers.",
            "Porting legacy Fortran applications to heterogeneous CPU-GPU systems remains slow,"
                + " error-prone and expensive for most engineering organizations.",
            "Data volumes produced by high-fidelity simulations now exceed what parallel file"
                + " systems can write, store and analyze within an allocation.",
            "Many missions cannot reach a data center and must process data on size- and"
                + " power-constrained computers at the edge.",
            "Strong scaling of implicit solvers stalls beyond a few thousand cores because of"
                + " global communication and load imbalance."),
        words(
            "The approach uses a task-based runtime that overlaps communication with computation"
                + " and balances work dynamically across nodes.",
            "Kernels will be written once in a performance-portable programming model and tuned"
                + " automatically for CPU and GPU targets.",
            "In situ compression and analysis will reduce the data written to storage by an order"
                + " of magnitude while preserving quantities of interest.",
            "A domain-specific compiler will map the dataflow graph onto the reconfigurable fabric"
                + " and schedule memory transfers explicitly.",
            "Scaling studies on up to 512 nodes will quantify parallel efficiency and time to"
                + " solution against the current production code.",
            "The software will be containerized and released with continuous integration on"
                + " representative HPC systems.",
            "Mixed-precision arithmetic and communication-avoiding algorithms will cut memory"
                + " traffic without degrading solution accuracy."),
        words(
            "Commercial applications include engineering simulation software, cloud HPC services,"
                + " and energy and aerospace design.",
            "The resulting software will benefit national laboratories, computer-aided engineering"
                + " vendors and cloud service providers.",
            "Beyond the agency mission, the technology supports reservoir modeling, automotive"
                + " crash simulation and drug discovery workloads.",
            "Target customers include supercomputing centers and industrial users of parallel"
                + " computing."));
    add(
        "advanced_materials",
        true,
        9,
        words("advanced_manufacturing", "hypersonics", "clean_energy", "gas_turbines"),
        words(
            "high-entropy alloy coatings | wear and corrosion protection; extreme-temperature components",
            "ultra-high-temperature ceramic matrix composites | rocket nozzles; extreme-temperature aerospace components",
            "a tunable acoustic metamaterial | noise and vibration control; submarine quieting",
            "graphene-reinforced polymer composites | lightweight airframe structures; pressure vessels",
            "a self-healing corrosion-resistant coating | naval hull protection; aircraft aluminum structures",
            "computationally designed refractory alloys | harsh high-temperature environments; turbine hot sections",
            "lightweight magnesium alloy armor | ground vehicle protection; body armor",
            "transparent spinel ceramic windows | infrared sensor domes; armored vehicle windows",
            "two-dimensional material heterostructures | flexible electronics; gas separation membranes",
            "radiation-tolerant structural steels | advanced reactor components; fusion blankets"),
        words(
            "Nickel superalloys are approaching their temperature limits, and few alternatives"
                + " combine oxidation resistance with adequate ductility.",
            "Corrosion costs the Department of Defense billions of dollars each year, and"
                + " chromate-based coatings face a regulatory phase-out.",
            "Conventional composites delaminate under impact and lose stiffness in hot, wet"
                + " conditions.",
            "Discovering a new alloy by trial and error takes a decade of synthesis and testing.",
            "Existing window materials cannot combine optical clarity, hardness and resistance to"
                + " erosion at high speed."),
        words(
            "Candidate compositions will be screened with CALPHAD thermodynamic modeling and"
                + " density functional theory before small-batch synthesis.",
            "The microstructure will be engineered through controlled sintering to suppress grain"
                + " growth and improve fracture toughness.",
            "Specimens will be characterized by scanning electron microscopy, X-ray diffraction and"
                + " nanoindentation, followed by mechanical testing at temperature.",
            "The coating is applied by a low-cost spray process and cures at room temperature,"
                + " allowing field repair.",
            "Unit cells of the metamaterial will be designed by topology optimization to open band"
                + " gaps at the target frequencies.",
            "Accelerated corrosion tests per ASTM B117 will compare the new coating with the"
                + " currently qualified system.",
            "Nanoscale reinforcements will be dispersed uniformly through a scalable"
                + " functionalization process."),
        words(
            "Commercial applications include turbine and aerospace components, oil and gas"
                + " equipment, and automotive lightweighting.",
            "The material will find markets in infrastructure protection, marine coatings and"
                + " industrial equipment.",
            "Dual-use markets include consumer electronics housings, sporting goods and medical"
                + " implants.",
            "Successful formulations will be licensed to coating applicators and component"
                + " manufacturers."));
    add(
        "gas_turbines",
        true,
        2,
        words("advanced_materials", "advanced_manufacturing", "sensing"),
        words(
            "additively manufactured turbine blade cooling passages | military turbofan engines; industrial power-generation turbines",
            "a low-emission rich-quench-lean combustor liner | commercial aircraft engines; military turbofan engines",
            "a thermal barrier coating with improved CMAS resistance | desert operations; rotorcraft turboshaft engines",
            "a compressor blisk repair process | sustainment of legacy aircraft engines; fighter engines",
            "an engine health monitoring system | rotorcraft turboshaft engines; fleet sustainment",
            "a ceramic matrix composite turbine shroud | next-generation adaptive engines; industrial gas turbines",
            "a variable-cycle fan stage | adaptive fighter engines",
            "a lean premixed combustor | hydrogen-blended fuels; industrial power-generation turbines",
            "active blade tip clearance control | high-pressure turbines; small turbofan engines",
            "prognostics for main-shaft bearings | gas turbine engines; turboshaft engines"),
        words(
            "Higher turbine inlet temperatures raise engine efficiency but push blade and vane"
                + " materials beyond their durability limits.",
            "Sand and volcanic ash ingested in desert operations melt on hot-section parts and"
                + " degrade thermal barrier coatings.",
            "Combustor liners crack under thermal cycling, driving unscheduled maintenance of"
                + " fielded engines.",
            "Operators lack reliable early warning of compressor stall and bearing wear.",
            "Turbomachinery in the fleet is decades old, and replacement parts for its hot section"
                + " are costly and slow to procure.",
            "Combustion instabilities limit the use of hydrogen and other alternative fuels in"
                + " existing turbines."),
        words(
            "Conjugate heat transfer simulations will guide the cooling design, which will be"
                + " validated in a hot-gas rig.",
            "A high-pressure single-nozzle rig will measure NOx emissions, flame stability and"
                + " liner temperatures across the operating envelope.",
            "Coating systems will be evaluated by burner-rig thermal cycling and exposure to"
                + " synthetic CMAS deposits.",
            "Vibration, oil debris and exhaust gas temperature data will be fused into"
                + " physics-based degradation models.",
            "The design will be evaluated in a spin rig at representative speeds and temperatures"
                + " before a full-scale test.",
            "Film cooling effectiveness will be mapped with pressure-sensitive paint on scaled"
                + " airfoils.",
            "Creep and low-cycle fatigue tests at 1,100 C will establish design allowables for the"
                + " new vane material.",
            "Aerodynamic analysis of the stage targets a two-point efficiency gain without"
                + " reducing stall margin."),
        words(
            "Results will transition to engine manufacturers for military and commercial aircraft.",
            "Utilities operating combined-cycle plants and overhaul shops are the first commercial"
                + " customers.",
            "Commercial applications include airline engine maintenance, power generation and"
                + " marine propulsion.",
            "The technology will lower fuel burn and sustainment costs across the turbine"
                + " fleet."));
    add(
        "sensing",
        true,
        12,
        words("artificial_intelligence", "autonomous_systems", "space", "semiconductors"),
        words(
            "an uncooled long-wave infrared focal plane array | small unmanned aircraft; night vision; wildfire detection",
            "a compact hyperspectral imaging spectrometer | camouflage detection; crop stress monitoring",
            "a low-cost FMCW lidar | obstacle detection; terrain mapping",
            "a passive acoustic array | undersea surveillance; anti-submarine warfare",
            "distributed fiber-optic strain sensing | structural health monitoring of aircraft; pipeline monitoring",
            "a multistatic radar | small drone detection; perimeter security",
            "a handheld Raman spectrometer | trace explosive detection; standoff chemical identification",
            "a broadband radar-absorbing structure | signature reduction of unmanned aircraft; low-observable platforms",
            "networked unattended ground sensors | border and perimeter security; persistent surveillance",
            "a single-photon avalanche diode detector array | long-range 3-D imaging; low-light imaging",
            "a room-temperature gamma-ray spectrometer | nuclear security; radiological search"),
        words(
            "Cooled infrared cameras are too large, power hungry and expensive for small"
                + " platforms.",
            "Existing detectors cannot identify trace explosives and chemical agents at standoff"
                + " distances without false alarms.",
            "Small, slow, low-flying targets are hard to detect in radar clutter.",
            "The signatures of fielded platforms are increasingly exposed to modern multispectral"
                + " sensors.",
            "Inspection of aging aircraft structures relies on manual, periodic checks that miss"
                + " damage between intervals."),
        words(
            "The sensor head integrates a MEMS scanning mirror with a chip-scale laser and coherent"
                + " receiver to reduce size, weight and power.",
            "Spectral signatures will be matched against a reference library with a constrained"
                + " detection algorithm tuned for low false-alarm rates.",
            "Field measurements at a government test range will quantify detection range,"
                + " probability of detection and false-alarm rate.",
            "A new readout integrated circuit with on-chip digitization brings the noise-equivalent"
                + " temperature difference below 40 mK.",
            "Sensor nodes form a self-organizing network that reports detections with low latency"
                + " and months of battery life.",
            "Absorbing layers will be designed with full-wave electromagnetic simulation and"
                + " measured in an anechoic chamber.",
            "Calibration against traceable sources will establish the sensitivity, dynamic range"
                + " and stability of the instrument."),
        words(
            "Commercial markets include industrial process monitoring, automotive driver"
                + " assistance and environmental monitoring.",
            "Dual-use applications include infrastructure inspection, law enforcement and first"
                + " responders.",
            "The instrument will serve security screening, pharmaceutical quality control and food"
                + " safety."));
    add(
        "advanced_manufacturing",
        true,
        6,
        words("advanced_materials", "artificial_intelligence", "semiconductors"),
        words(
            "in-process monitoring for laser powder bed fusion | flight-critical parts; aircraft spare parts on demand",
            "a hybrid additive-subtractive machining cell | depot-level repair; high-mix, low-volume production",
            "a digital thread | small-lot production; the submarine industrial base",
            "cold spray additive repair | depot-level repair; corroded aircraft components",
            "roll-to-roll nanoimprint lithography | optical films; flexible electronics production",
            "wire-arc additive manufacturing | large naval castings; the submarine industrial base",
            "automated composite fiber placement | airframe production; rotor blades",
            "closed-loop precision grinding | bearing races; optical components",
            "a digital twin of a machining line | munitions production; high-mix, low-volume production",
            "binder jet printing of refractory metals | rocket engine components; munitions production"),
        words(
            "Parts built by additive manufacturing vary from build to build, and qualifying each"
                + " part by destructive testing is slow and costly.",
            "The defense industrial base struggles to source low-volume castings and forgings with"
                + " acceptable lead times.",
            "Manual inspection and rework dominate the cost of producing complex aerospace parts.",
            "Know-how on the shop floor is rarely captured, so machines are tuned by trial and"
                + " error.",
            "Few domestic suppliers can make large titanium and nickel structures within schedule."),
        words(
            "Melt pool emissions and layer images will be recorded during each build and correlated"
                + " with CT-detected porosity.",
            "Toolpaths and deposition parameters will be generated from the CAD model and adjusted"
                + " between layers.",
            "Printed parts will be qualified through tensile, fatigue and metallographic testing of"
                + " witness coupons.",
            "A model-based definition will link design, process parameters and inspection results"
                + " across the product life cycle.",
            "Closed-loop control of heat input will hold dimensional tolerances within 50"
                + " micrometers.",
            "Cost modeling will compare the new route with conventional casting and machining at"
                + " production rates.",
            "Robotic cells will be programmed offline from the digital model to cut setup time."),
        words(
            "Commercial applications include aerospace, energy, medical implant and automotive"
                + " manufacturing.",
            "The technology will be offered to contract manufacturers and original equipment"
                + " manufacturers as equipment and licensed software.",
            "Shorter lead times benefit both defense sustainment and commercial supply chains."));
    add(
        "artificial_intelligence",
        true,
        10,
        words("sensing", "space", "autonomous_systems", "cybersecurity", "biotechnologies"),
        words(
            "explainable machine learning | predictive maintenance of aircraft fleets; credit risk review",
            "deep learning object detection in full-motion video | intelligence analysts; wide-area surveillance",
            "natural language processing of technical reports | document triage; intelligence analysts",
            "reinforcement learning | resource allocation; battle management",
            "few-shot learning | rare target recognition; medical image triage",
            "a large language model assistant | operations planning; maintenance technicians",
            "graph neural networks | supply chain risk; fraud detection",
            "federated learning | distributed hospital data; sensitive data sets",
            "computer vision | automated inspection; weld quality assessment",
            "trustworthy AI-enabled decision support | battle management; clinical decision support"),
        words(
            "Analysts are overwhelmed by the volume of imagery, text and signals they must review,"
                + " and most collected data is never examined.",
            "Deep neural networks perform well on curated benchmarks but degrade when deployed on"
                + " data that differ from their training sets.",
            "Labeled training data for rare events is scarce, expensive to produce and often"
                + " classified.",
            "Operators hesitate to act on model outputs they cannot interpret or audit.",
            "Current planning tools rely on static rules that cannot adapt to rapidly changing"
                + " conditions."),
        words(
            "Models will be pretrained on large unlabeled corpora and fine-tuned with a small set of"
                + " expert annotations.",
            "An uncertainty-aware neural network will flag low-confidence predictions for human"
                + " review.",
            "Synthetic training data generated from physics-based simulation will augment the"
                + " limited real examples.",
            "Explanations will be generated with attribution methods and evaluated with end users"
                + " in a structured study.",
            "The learning agent will be trained in simulation and evaluated against expert human"
                + " baselines.",
            "Performance will be measured by precision, recall and time savings on a held-out"
                + " operational data set.",
            "Models will be compressed through quantization and pruning so that inference runs on"
                + " embedded processors.",
            "Transformer-based language models will extract entities, relations and events from"
                + " unstructured text."),
        words(
            "Commercial applications include insurance, finance, manufacturing quality control and"
                + " healthcare analytics.",
            "The software will be sold as a subscription to government and commercial analytics"
                + " teams.",
            "Beyond defense, the method applies to fraud detection, logistics and customer"
                + " support."));
    add(
        "biotechnologies",
        true,
        12,
        words("artificial_intelligence", "advanced_manufacturing", "sensing"),
        words(
            "CRISPR-based editing of hematopoietic stem cells | sickle cell disease; rare genetic diseases",
            "an engineered microbial strain | specialty chemical production; sustainable jet fuel precursors",
            "an mRNA vaccine platform | emerging infectious disease response; pandemic influenza",
            "single-cell multi-omics profiling | tumor heterogeneity; immune monitoring",
            "a cell-free protein synthesis system | on-demand biologics; point-of-need manufacturing",
            "a monoclonal antibody discovery platform | emerging viral threats; autoimmune disease",
            "an engineered T-cell therapy | solid tumor immunotherapy; refractory lymphoma",
            "a bioinformatics pipeline for metagenomic sequencing | pathogen surveillance; wastewater monitoring",
            "a synthetic biology toolkit | non-model organisms; soil microbes",
            "a continuous perfusion bioprocess | distributed production of biologics; monoclonal antibodies"),
        words(
            "Manufacturing of biologics remains slow and centralized, limiting surge capacity"
                + " during outbreaks.",
            "Current gene therapies suffer from off-target edits and inefficient delivery to target"
                + " tissues.",
            "Strain engineering cycles take months because genetic parts behave unpredictably in"
                + " new hosts.",
            "Existing vaccine platforms need months to adapt to a new pathogen and a cold chain to"
                + " distribute.",
            "Genomic data sets are growing faster than the tools available to analyze and interpret"
                + " them."),
        words(
            "Guide RNAs will be designed computationally and screened in primary cells for editing"
                + " efficiency and specificity.",
            "A library of promoters and ribosome binding sites will be characterized to tune"
                + " pathway expression.",
            "Lipid nanoparticle formulations will be optimized for stability at refrigerated"
                + " temperatures.",
            "Titers, yields and productivity will be measured in bench-scale bioreactors and scaled"
                + " to 50 liters.",
            "Sequencing reads will be assembled and annotated with an open, reproducible workflow.",
            "Lead candidates will be evaluated in mouse models for immunogenicity and efficacy.",
            "High-throughput screening of variant libraries will identify enzymes with improved"
                + " activity."),
        words(
            "Commercial opportunities include licensing to pharmaceutical partners and contract"
                + " development and manufacturing services.",
            "The platform addresses markets in therapeutics, industrial enzymes and specialty"
                + " chemicals.",
            "If successful, the technology will shorten development timelines for new"
                + " biologics."));
    add(
        "clean_energy",
        true,
        9,
        words("advanced_materials", "semiconductors", "advanced_manufacturing"),
        words(
            "a solid-state lithium-metal battery | electric vehicles; unmanned aircraft",
            "a proton exchange membrane fuel cell stack | heavy-duty trucks; backup power",
            "a low-cost electrolyzer | green hydrogen production; industrial decarbonization",
            "perovskite-silicon tandem solar cells | utility-scale solar farms; rooftop photovoltaics",
            "a floating offshore wind mooring system | deep-water wind farms",
            "a sodium-ion battery | grid-scale energy storage; residential storage",
            "a silicon carbide inverter | photovoltaic arrays; microgrids at military installations",
            "accident-tolerant nuclear fuel cladding | light-water reactors; advanced nuclear reactors",
            "high-temperature superconducting magnets | compact fusion reactors",
            "catalytic upgrading of biomass | renewable diesel; sustainable aviation fuel",
            "a long-duration flow battery | grid-scale energy storage; remote and islanded communities"),
        words(
            "Intermittent solar and wind generation requires affordable storage lasting many hours,"
                + " which lithium-ion batteries cannot provide economically.",
            "Hydrogen produced by electrolysis remains several times more expensive than hydrogen"
                + " from natural gas.",
            "Conventional liquid electrolytes are flammable and limit the energy density of"
                + " batteries.",
            "Forward operating bases depend on diesel fuel convoys that are costly and vulnerable.",
            "Degradation of catalysts and membranes limits fuel cell lifetime in heavy-duty"
                + " service."),
        words(
            "Electrode and electrolyte formulations will be optimized in coin cells and scaled to"
                + " multi-layer pouch cells.",
            "Cycle life, rate capability and safety will be measured under abuse testing according"
                + " to industry standards.",
            "A techno-economic analysis will estimate the levelized cost at production volumes.",
            "The stack design reduces platinum loading while maintaining power density through an"
                + " ordered catalyst layer.",
            "Outdoor testing will measure power conversion efficiency and stability under real"
                + " sunlight and humidity.",
            "Power electronics and controls will be integrated with the storage system and"
                + " demonstrated in a microgrid testbed.",
            "Life-cycle analysis will quantify greenhouse gas emissions relative to fossil"
                + " incumbents."),
        words(
            "Markets include utilities, electric vehicles, data centers and commercial buildings.",
            "The technology supports decarbonization of power generation, transportation and"
                + " industry.",
            "Commercial partners include battery manufacturers, project developers and"
                + " utilities."));
    add(
        "cybersecurity",
        true,
        5,
        words("artificial_intelligence", "networking", "advanced_computing"),
        words(
            "a post-quantum cryptography library | embedded devices; satellite command links",
            "anomaly-based intrusion detection | industrial control systems; critical infrastructure",
            "a memory-safe firmware rewriting tool | weapon system software; legacy embedded systems",
            "binary analysis | malware attribution; vulnerability assessment",
            "zero-trust access control | tactical networks; cloud workloads",
            "homomorphic encryption | privacy-preserving analytics; encrypted database queries",
            "software bill of materials verification | the defense supply chain; open-source dependencies",
            "secure boot and remote attestation | IoT devices; connected medical devices",
            "a differential privacy toolkit | census and health data; federal statistical agencies",
            "automated vulnerability discovery by fuzzing | network protocol stacks; avionics software"),
        words(
            "Legacy embedded software written in memory-unsafe languages exposes weapon systems"
                + " and infrastructure to remote exploitation.",
            "Signature-based antivirus products miss novel and polymorphic malware.",
            "Operational technology networks were never designed with authentication, and attacks"
                + " on them are rising.",
            "Organizations cannot share sensitive data for analysis without risking the privacy of"
                + " individuals.",
            "Adversaries increasingly compromise software through third-party components and build"
                + " pipelines."),
        words(
            "The tool lifts binaries to an intermediate representation and applies static and"
                + " dynamic analysis to find exploitable flaws.",
            "Network traffic is modeled as sequences of protocol states, and deviations from"
                + " learned baselines raise alerts.",
            "Cryptographic primitives will be implemented in constant time and checked for"
                + " side-channel leakage.",
            "Red-team exercises on a representative testbed will measure detection rates and time"
                + " to respond.",
            "Access decisions are made per request from device posture, user identity and mission"
                + " context.",
            "Formal methods will prove the absence of whole classes of vulnerabilities in the"
                + " rewritten components."),
        words(
            "Commercial customers include utilities, hospitals, financial institutions and device"
                + " manufacturers.",
            "The product will be offered as a managed security service and as an on-premises"
                + " appliance.",
            "Dual-use markets include enterprise security operations centers and cloud"
                + " providers."));
    add(
        "directed_energy",
        true,
        2,
        words("sensing", "advanced_materials", "autonomous_systems"),
        words(
            "high-energy laser beam control | counter-unmanned aircraft systems; shipboard point defense",
            "adaptive optics | laser propagation through turbulence; maritime laser weapons",
            "spectrally combined fiber laser amplifiers | high-energy laser weapons; vehicle-mounted air defense",
            "a high-power microwave source | counter-electronics; counter-drone swarms",
            "compact pulsed power | directed energy weapons; high-power microwave systems",
            "aimpoint maintenance | laser weapon systems; counter-rocket, artillery and mortar missions",
            "thermal management | high-energy lasers; shipboard laser weapons",
            "a solid-state high-power microwave array | counter-drone swarms; base defense",
            "high-damage-threshold laser optics | kilowatt-class laser weapons"),
        words(
            "Atmospheric turbulence and thermal blooming spread the beam and reduce the energy"
                + " delivered on target.",
            "Swarms of small drones overwhelm kinetic interceptors that cost far more than the"
                + " threats they defeat.",
            "Pulsed power systems for microwave weapons remain too large and heavy for tactical"
                + " vehicles.",
            "Waste heat from kilowatt-class lasers limits dwell time and magazine depth.",
            "Optics absorb a small fraction of the beam, and the resulting heating distorts the"
                + " output at high power."),
        words(
            "A wavefront sensor and deformable mirror running at kilohertz rates will correct beam"
                + " distortions in closed loop.",
            "Coherent beam combining of fiber amplifiers will scale output power while preserving"
                + " beam quality.",
            "Effects testing against representative targets will quantify the required fluence and"
                + " dwell time.",
            "Wave-optics simulations will predict irradiance on target across engagement scenarios"
                + " and weather conditions.",
            "Phase-change thermal storage will absorb heat during firing and reject it between"
                + " engagements.",
            "The source will be tested into a matched load to measure peak power, pulse width and"
                + " repetition rate.",
            "Low-absorption coatings will be deposited by ion beam sputtering and tested for"
                + " laser-induced damage."),
        words(
            "The technology supports Army, Navy and Air Force directed energy programs and their"
                + " prime contractors.",
            "Commercial spin-offs include laser materials processing and industrial heating.",
            "Beyond defense, the components serve scientific lasers and space debris ranging."));
    add(
        "autonomous_systems",
        true,
        7,
        words("artificial_intelligence", "sensing", "pnt", "networking"),
        words(
            "collaborative autonomy | small UAS swarms; contested logistics",
            "a long-endurance unmanned underwater vehicle | mine countermeasures; seabed survey",
            "autonomous navigation | off-road ground vehicles; convoy operations",
            "a vision-based landing system | unmanned aircraft; shipboard recovery of drones",
            "robotic manipulation | depot maintenance; explosive ordnance disposal",
            "an autonomous surface vessel | harbor patrol; hydrographic survey",
            "a legged robot | confined-space inspection; disaster response",
            "run-time assurance | autonomous flight software; unmanned aircraft",
            "multi-robot task allocation | search and rescue; warehouse robots",
            "an uncrewed cargo aircraft | contested logistics; expeditionary operations"),
        words(
            "Remotely piloted vehicles require a dedicated operator each and fail when their"
                + " communication links are jammed.",
            "Unstructured terrain, weather and obstacles defeat the perception systems of today's"
                + " ground robots.",
            "Certifying self-directed behavior for safety-critical missions remains an open"
                + " problem.",
            "Many inspection and maintenance tasks expose workers to hazardous, confined"
                + " spaces."),
        words(
            "Each vehicle plans its own path while sharing intent with its neighbors over a"
                + " low-bandwidth link.",
            "A behavior-tree architecture separates mission logic from perception and control,"
                + " easing verification.",
            "Algorithms will be tested in high-fidelity simulation and then in field trials with a"
                + " fleet of multirotor drones.",
            "A hybrid propulsion system and docking station extend the vehicle's endurance to"
                + " several weeks.",
            "A run-time monitor switches to a verified fallback controller whenever the autonomy"
                + " leaves its safe envelope.",
            "Perception combines stereo cameras and lidar with terrain classification to select"
                + " traversable routes."),
        words(
            "Commercial applications include agriculture, mining, offshore energy and package"
                + " delivery.",
            "The autonomy software will be licensed to vehicle manufacturers and integrators.",
            "Civil users include first responders, utilities and port operators."));
    add(
        "human_machine_interfaces",
        true,
        4,
        words("artificial_intelligence", "autonomous_systems", "sensing"),
        words(
            "augmented reality maintenance guidance | aircraft maintainers; shipyard technicians",
            "a virtual reality training environment | aircrew; surgical training",
            "a noninvasive brain-computer interface | communication after paralysis; hands-free control",
            "a wearable haptic feedback system | dismounted navigation; teleoperation",
            "a mixed reality interface | human-robot teaming; remote operation of robots",
            "adaptive cognitive workload monitoring | command and control; air traffic control",
            "a multimodal speech and gesture interface | vehicle crews; operating rooms",
            "a neural interface | prosthetic control; stroke rehabilitation",
            "a head-mounted display | dismounted soldiers; firefighters"),
        words(
            "Technicians rely on paper manuals and two-dimensional drawings that slow complex"
                + " maintenance tasks and invite errors.",
            "Live training is expensive, and current simulators lack the realism needed to build"
                + " transferable skills.",
            "Operators supervising several unmanned vehicles quickly become overloaded.",
            "Surgical residents get too few supervised repetitions of rare procedures.",
            "People with paralysis or limb loss have few intuitive ways to control assistive"
                + " devices."),
        words(
            "Step-by-step instructions will be registered to the physical equipment and shown on a"
                + " see-through headset.",
            "Electroencephalography and eye tracking will estimate operator workload in real time"
                + " and adapt the display.",
            "Usability will be evaluated with representative users in a controlled study using"
                + " NASA-TLX and task completion time.",
            "Vibrotactile actuators on the forearm will convey direction and urgency without"
                + " occupying vision or hearing.",
            "Neural decoders will translate recorded signals into continuous control commands with"
                + " low latency.",
            "Scenario authoring tools will let instructors build immersive exercises without"
                + " programming."),
        words(
            "Commercial markets include industrial maintenance, medical education, gaming and"
                + " rehabilitation.",
            "The system will be sold to training providers, hospitals and equipment"
                + " manufacturers.",
            "Headset makers and simulation companies are natural distribution partners."));
    add(
        "hypersonics",
        true,
        2,
        words("advanced_materials", "advanced_manufacturing", "sensing"),
        words(
            "a dual-mode scramjet combustor | Mach 5+ cruise vehicles; air-breathing hypersonic missiles",
            "an ablative thermal protection system | glide body programs; reentry vehicles",
            "sharp leading edges | hypersonic vehicles; Mach 5+ cruise vehicles",
            "a rotating detonation engine | air-breathing propulsion; high-speed missiles",
            "boundary layer transition prediction | hypersonic vehicle design; reusable flight test beds",
            "heat flux gauges | hypersonic wind tunnels; arc-jet testing",
            "tracking and interception | hypersonic glide vehicles; hypersonic defense",
            "actively cooled airframe structures | reusable hypersonic aircraft",
            "flight test instrumentation | hypersonic vehicles; reusable flight test beds"),
        words(
            "At Mach 5 and above, aerodynamic heating drives surface temperatures beyond the"
                + " capability of conventional aerospace materials.",
            "Scramjet ignition and flameholding are difficult because fuel residence time in the"
                + " combustor is on the order of a millisecond.",
            "Ground test facilities cannot reproduce the full flight environment, so designs carry"
                + " large uncertainties.",
            "Maneuvering glide vehicles are hard to track and intercept with existing defense"
                + " systems.",
            "Shock-boundary layer interactions in the inlet cause unstart and local heating that"
                + " current models predict poorly."),
        words(
            "Direct-connect tests in an arc-heated facility will measure combustion efficiency and"
                + " wall heat flux.",
            "The material will be tested in an arc-jet facility to characterize recession and"
                + " back-face temperature.",
            "Computational fluid dynamics with finite-rate chemistry will guide the inlet and"
                + " isolator design.",
            "Instrumented models will be tested in a quiet wind tunnel to measure transition"
                + " onset.",
            "Transpiration cooling through porous ceramic will keep leading-edge temperatures"
                + " within material limits.",
            "Free-flight ballistic range tests will provide aerothermal data for model validation."),
        words(
            "Results will transition to Air Force, Navy and Army hypersonic programs and to"
                + " missile primes.",
            "Commercial spin-offs include reusable space access and furnace and kiln equipment.",
            "The test data and tools will be offered to national test ranges and vehicle"
                + " developers."));
    add(
        "networking",
        true,
        6,
        words("cybersecurity", "space", "semiconductors", "autonomous_systems"),
        words(
            "a 5G open radio access network | tactical use; expeditionary bases",
            "a free-space optical communication terminal | ship-to-shore links; airborne networks",
            "dynamic spectrum sharing | radar and commercial 5G bands; military test ranges",
            "mesh networking radios | disconnected operations; disaster-area communications",
            "a millimeter-wave phased array transceiver | 5G backhaul; airborne networks",
            "a software-defined radio waveform | distributed maritime operations; low-probability-of-intercept links",
            "a low-latency satellite communication ground terminal | rural broadband; maritime connectivity",
            "a delay-tolerant networking protocol | disconnected operations; space relay networks",
            "reconfigurable intelligent surfaces | 6G networks; indoor coverage",
            "an anti-jam wireless data link | unmanned aircraft; weapon data links"),
        words(
            "Tactical users need high-throughput links in contested and congested spectrum where"
                + " conventional radios are jammed or detected.",
            "Demand for wireless capacity is outpacing the available spectrum.",
            "Links between ships, aircraft and ground units drop frequently, and current protocols"
                + " treat every outage as a failure.",
            "Commercial 5G equipment is not designed for mobile, austere deployments."),
        words(
            "A software-defined radio prototype will implement the waveform and be evaluated over"
                + " the air at a test range.",
            "Spectrum sensing and a cognitive engine will select channels and adapt modulation in"
                + " real time.",
            "Link budgets and channel models will be validated in field measurements at several"
                + " ranges and weather conditions.",
            "Network coding and store-and-forward routing will deliver data across intermittent"
                + " links.",
            "Beamforming weights will be computed in digital hardware to steer narrow beams and"
                + " null interference."),
        words(
            "Commercial markets include telecommunications carriers, private 5G networks, utilities"
                + " and public safety.",
            "Commercial applications include enterprise wireless, backhaul and satellite"
                + " broadband.",
            "Mobile operators and equipment vendors are potential licensees."));
    add(
        "pnt",
        true,
        2,
        words("quantum", "space", "autonomous_systems", "sensing"),
        words(
            "a chip-scale atomic clock | precision timing; handheld radios; undersea sensors",
            "a navigation-grade MEMS inertial measurement unit | precision munitions; unmanned aircraft",
            "a GNSS anti-jam antenna | ground vehicles; small drones",
            "vision-aided inertial navigation | GPS-denied environments; indoor drones",
            "magnetic anomaly navigation | aircraft in GPS-denied environments; long-range flights",
            "resilient timing distribution over fiber | power grid substations; financial network time stamping",
            "a signals-of-opportunity positioning receiver | GPS-denied environments; urban canyons",
            "a daytime star tracker | position fixing at sea; high-altitude aircraft",
            "GPS spoofing detection | commercial shipping; aviation receivers"),
        words(
            "GPS signals are weak and easily jammed or spoofed, leaving platforms without reliable"
                + " position and time.",
            "Low-cost inertial sensors drift quickly, so position errors grow to hundreds of meters"
                + " within minutes without satellite aiding.",
            "Telecommunications and power grids depend on precise time that is usually distributed"
                + " from satellites.",
            "Existing atomic frequency standards are too large and power hungry for portable"
                + " equipment."),
        words(
            "A tightly coupled Kalman filter will fuse inertial, visual and barometric"
                + " measurements.",
            "Holdover performance will be characterized by Allan deviation measurements over"
                + " temperature.",
            "Flight tests will compare the navigation solution with a differential GPS truth"
                + " reference.",
            "Controlled reception pattern antenna electronics will place nulls toward interference"
                + " sources.",
            "Map matching against magnetic anomaly and terrain databases will bound drift during"
                + " long missions.",
            "Pseudoranges from low Earth orbit broadcast signals will be combined with dead"
                + " reckoning."),
        words(
            "Commercial markets include autonomous vehicles, surveying, telecommunications timing"
                + " and precision agriculture.",
            "The unit will be offered to drone manufacturers and defense integrators.",
            "Telecommunications operators and data centers need holdover timing that this clock"
                + " provides."));
    add(
        "quantum",
        true,
        3,
        words("sensing", "pnt", "networking", "semiconductors"),
        words(
            "trapped-ion qubit control electronics | scalable quantum computers; fault-tolerant computing",
            "a superconducting qubit readout amplifier | quantum processors; fault-tolerant computing",
            "an NV-center diamond magnetometer | biomagnetic imaging; navigation by magnetic maps",
            "a cold-atom interferometer gravimeter | geophysical survey; inertial navigation",
            "an entangled photon source | quantum networking; secure communication networks",
            "a quantum key distribution receiver | metropolitan fiber networks; satellite links",
            "error-mitigated quantum algorithms | computational chemistry; materials and drug discovery",
            "cryogenic microwave interconnects | superconducting quantum processors; dilution refrigerators",
            "photonic integrated circuits | neutral-atom quantum computers; atomic clocks and sensors",
            "a solid-state quantum memory | quantum repeaters; long-distance entanglement distribution"),
        words(
            "Today's quantum processors are limited by decoherence and by control hardware that"
                + " does not scale beyond a few dozen qubits.",
            "Entanglement distribution over fiber suffers exponential loss, limiting repeaterless"
                + " links to metropolitan distances.",
            "Laboratory atomic sensors deliver record sensitivity but are too large and fragile for"
                + " field use.",
            "Banks and governments must protect data today against decryption by future"
                + " computers.",
            "Noisy intermediate-scale devices cannot yet run circuits deep enough to outperform"
                + " classical computers."),
        words(
            "Gate fidelities will be measured by randomized benchmarking and compared with the"
                + " current laboratory system.",
            "The laser system will be miniaturized onto a photonic chip and packaged with the"
                + " vacuum cell.",
            "Spin coherence will be extended with dynamical decoupling pulse sequences.",
            "Heralded entanglement between remote nodes will be demonstrated over a deployed fiber"
                + " link.",
            "Dilution refrigerator tests at 10 millikelvin will verify the thermal load and signal"
                + " integrity of the interconnects.",
            "Error mitigation and circuit compilation techniques will reduce the depth of"
                + " variational circuits.",
            "Photon pairs generated by spontaneous parametric down-conversion will be coupled into"
                + " single-mode fiber."),
        words(
            "Markets include quantum computing companies, national laboratories, geophysical survey"
                + " and secure telecommunications.",
            "The product will be sold to university and industrial groups building qubit-based"
                + " processors.",
            "Early customers include mineral exploration firms, defense agencies and research"
                + " hospitals."));
    add(
        "semiconductors",
        true,
        6,
        words("advanced_manufacturing", "networking", "clean_energy", "quantum"),
        words(
            "a gallium nitride power amplifier MMIC | radar and electronic warfare; 5G base stations",
            "a silicon carbide MOSFET | high-voltage power conversion; electric vehicle drivetrains",
            "a radiation-hardened FPGA | space electronics; strategic systems",
            "heterogeneous chiplet integration and advanced packaging | AI accelerators; defense systems",
            "a silicon photonic transceiver | data center interconnects; phased array radars",
            "a MEMS timing resonator | wearable electronics; industrial IoT",
            "ultra-wide-bandgap gallium oxide transistors | power switching; high-temperature electronics",
            "a low-power mixed-signal ASIC | sensor readout; implantable devices",
            "EUV photomask inspection | leading-edge chip fabrication",
            "trusted microelectronics verification | defense systems; the chip supply chain"),
        words(
            "Silicon power devices are reaching their limits in voltage, switching speed and"
                + " operating temperature.",
            "Commercial integrated circuits fail in the radiation environment of space and"
                + " strategic systems.",
            "Monolithic scaling is slowing, and the cost of leading-edge chip fabrication is rising"
                + " steeply.",
            "The defense community depends on offshore foundries for advanced microelectronics."),
        words(
            "Epitaxial layers will be grown by metal-organic chemical vapor deposition and"
                + " processed into devices in a commercial foundry.",
            "Devices will be characterized for breakdown voltage, on-resistance and switching loss,"
                + " then stressed for reliability.",
            "The circuit will be taped out in a 22 nm process and tested for total ionizing dose"
                + " and single-event effects.",
            "Chiplets will be joined by hybrid bonding at fine pitch to reduce interconnect"
                + " energy.",
            "Thermal simulations will guide the package design to keep junction temperatures within"
                + " rated limits."),
        words(
            "Commercial markets include electric vehicles, renewable energy inverters, 5G"
                + " infrastructure and satellites.",
            "The chip will be sold to system integrators and through foundry partners."));
    add(
        "space",
        true,
        7,
        words("sensing", "artificial_intelligence", "networking", "autonomous_systems"),
        words(
            "a green monopropellant thruster | small satellites; orbit raising",
            "a deployable solar array | CubeSats; small satellites",
            "an on-orbit servicing robotic arm | geosynchronous satellite life extension; in-space assembly",
            "a space situational awareness sensor network | debris tracking; proliferated low Earth orbit constellations",
            "a radiation-tolerant spacecraft flight computer | deep space science missions; lunar landers",
            "a lunar regolith excavation system | lunar surface operations; in-situ resource utilization",
            "a Hall-effect electric propulsion system | proliferated low Earth orbit constellations; cislunar transfer",
            "a reusable launch vehicle upper stage | responsive launch; small launch services",
            "a low-cost spacecraft bus | proliferated low Earth orbit constellations; technology demonstrations",
            "thermal control | lunar surface payloads; planetary rovers"),
        words(
            "Small satellites lack compact propulsion and power systems, limiting their"
                + " maneuverability and mission life.",
            "The growing number of objects in orbit increases collision risk and demands better"
                + " tracking.",
            "Launch costs and long lead times for spacecraft components slow the fielding of new"
                + " capabilities in orbit.",
            "Lunar surface missions must survive two-week nights at cryogenic temperatures and"
                + " abrasive dust."),
        words(
            "An engineering model will be qualified through thermal vacuum, vibration and radiation"
                + " testing.",
            "Orbit determination algorithms will process observations from a network of"
                + " ground-based telescopes.",
            "The design follows CubeSat form factors to enable rapid integration with commercial"
                + " buses.",
            "Hot-fire tests in a vacuum chamber will measure thrust, specific impulse and plume"
                + " properties.",
            "A flight demonstration aboard a rideshare mission is planned for Phase II."),
        words(
            "Commercial customers include satellite operators, launch providers and NASA science"
                + " missions.",
            "The growing commercial space market provides a path to production beyond government"
                + " programs.",
            "Constellation operators, the Space Force and lunar lander developers have expressed"
                + " interest."));

    // Outside the CET areas.
    add(
        "medical",
        false,
        30,
        words(),
        words(
            "a pediatric catheter securement device | hospitalized children; home infusion therapy",
            "a low-cost negative pressure wound dressing | chronic wounds; rural clinics",
            "a pressure-redistributing mattress overlay | nursing homes; intensive care units",
            "a single-use laryngoscope blade | emergency intubation; combat casualty care",
            "an improved tibial fracture fixation system | orthopedic trauma; older adults",
            "a needle-free injection system | childhood immunization; insulin delivery",
            "an ergonomic patient transfer aid | nursing homes; home caregivers",
            "an oral rinse | chemotherapy-induced mucositis; head and neck cancer patients",
            "an extended-release naltrexone formulation | alcohol use disorder; opioid relapse prevention",
            "a junctional hemorrhage control tourniquet | combat casualty care; emergency medical services",
            "a topical treatment | chronic venous ulcers; diabetic foot ulcers"),
        words(
            "Pressure injuries affect millions of hospitalized patients each year and add billions"
                + " of dollars to treatment costs.",
            "Existing devices are difficult to use under stress, leading to delays and"
                + " complications in emergency care.",
            "Adherence to current treatment regimens is poor, and relapse rates remain high.",
            "Catheter dislodgement in children causes infections, repeated procedures and distress"
                + " for families.",
            "Current products are costly, and many patients in low-resource settings go without"
                + " them."),
        words(
            "A randomized controlled trial will compare the intervention with standard treatment on"
                + " the primary clinical outcome.",
            "Prototypes will be refined through iterative human factors testing with nurses and"
                + " physicians.",
            "Bench testing will verify performance against the relevant FDA guidance and consensus"
                + " standards.",
            "A 510(k) regulatory pathway has been identified with a predicate device.",
            "The formulation will be evaluated for stability, tolerability and pharmacokinetics in"
                + " a Phase 1 clinical study.",
            "Usability testing with caregivers will inform the final design and instructions for"
                + " use."),
        words(
            "The product will be sold to hospitals, skilled nursing facilities and home health"
                + " agencies.",
            "Commercialization will proceed through a distribution partnership with an established"
                + " medical device company.",
            "Reimbursement codes already exist for this class of product, easing adoption."));
    add(
        "behavioral",
        false,
        14,
        words(),
        words(
            "a family-based substance use prevention program | rural families; middle school students",
            "skills training | dementia caregivers; family caregivers of veterans",
            "a smoking cessation intervention | pregnant women; low-income smokers",
            "a parent training intervention | disruptive behavior in young children; foster families",
            "a workplace stress reduction curriculum | health care workers; first responders",
            "community health worker support | diabetes self-management; hypertension control",
            "suicide prevention training | primary care staff; school counselors"),
        words(
            "Evidence-based behavioral interventions exist but rarely reach the communities that"
                + " need them most.",
            "Family caregivers report high levels of stress and receive little practical"
                + " training.",
            "Substance use often begins in early adolescence, and few prevention programs engage"
                + " parents.",
            "Clinic staff lack time and training to deliver structured counseling."),
        words(
            "Session content will be adapted with input from community advisory boards and focus"
                + " groups.",
            "Feasibility and acceptability will be assessed in a pilot with 60 participants,"
                + " followed by a randomized trial in Phase II.",
            "Fidelity of delivery will be monitored with session checklists and participant"
                + " surveys.",
            "Outcomes include self-reported behavior at three and six months and cost per"
                + " participant."),
        words(
            "The intervention will be licensed to health systems, schools, employers and community"
                + " organizations.",
            "Revenue will come from facilitator training, certification and printed materials.",
            "Health plans and employers have expressed interest in offering the curriculum to"
                + " members."));
    add(
        "education",
        false,
        16,
        words(),
        words(
            "a game-based mathematics curriculum | middle school students; after-school programs",
            "reading fluency practice software | struggling readers; elementary classrooms",
            "virtual chemistry labs | high school students; rural school districts",
            "online professional development | science teachers; K-12 classrooms",
            "an early literacy app | English learners; preschool programs",
            "a career exploration platform | STEM fields; community colleges",
            "a formative assessment tool | writing instruction; middle school classrooms",
            "a financial literacy course | young adults; community colleges"),
        words(
            "National assessments show that fewer than half of eighth graders are proficient in"
                + " mathematics.",
            "Teachers have little time to give individual feedback on student writing.",
            "Students in rural schools have limited access to laboratory equipment and advanced"
                + " courses.",
            "Struggling readers fall further behind each year without targeted practice."),
        words(
            "Lessons are aligned with state standards and the Next Generation Science Standards.",
            "The product will be piloted in six classrooms, with pre- and post-tests of student"
                + " learning.",
            "Teachers will co-design activities in summer workshops and review them through the"
                + " year.",
            "Game mechanics reward persistence and offer hints when learners make common errors.",
            "Usability and engagement will be measured with classroom observations and student"
                + " surveys."),
        words(
            "The product will be sold to school districts through annual site licenses.",
            "Markets include public and private schools, homeschooling families and tutoring"
                + " centers."));
    add(
        "agriculture",
        false,
        16,
        words(),
        words(
            "a cover crop seeding practice | corn and soybean rotations; Midwest row crops",
            "integrated pest management | specialty fruit growers; organic vegetable growers",
            "organic fertilizer from poultry litter | small and mid-sized farms; Appalachian producers",
            "a rotational grazing system | beef cattle; pasture-based livestock operations",
            "improved hive management | honey bee colonies; commercial beekeepers",
            "a low-cost high tunnel | season extension; organic vegetable growers",
            "aquaculture feed from insect protein | trout farms; shrimp producers",
            "on-farm grain storage and drying | small grain farms; Midwest row crops"),
        words(
            "Soil erosion and nutrient runoff from row crops reduce farm profitability and impair"
                + " downstream water quality.",
            "Pest pressure and rising input costs threaten the viability of small specialty crop"
                + " farms.",
            "Colony losses of managed honey bees exceed 30 percent in many years.",
            "Farmers lack affordable options to extend the growing season in northern climates."),
        words(
            "Replicated field trials on cooperating farms will compare yields, soil organic matter"
                + " and input costs.",
            "Partial budget analysis will estimate net returns per acre under several price"
                + " scenarios.",
            "Extension agents will help recruit growers and collect management records.",
            "Feeding trials will measure weight gain, feed conversion and product quality."),
        words(
            "The practice will be marketed to growers through cooperatives, seed dealers and"
                + " extension services.",
            "Sales will target farm supply retailers and producer associations."));
    add(
        "environment",
        false,
        12,
        words(),
        words(
            "PFAS removal | contaminated groundwater; military installations",
            "in situ treatment of chlorinated solvent plumes | Superfund sites; industrial properties",
            "constructed wetlands | mine drainage treatment; abandoned mine lands",
            "a stormwater filtration system | urban runoff; municipal water utilities",
            "a soil amendment that immobilizes lead | urban gardens; former firing ranges",
            "an oil spill sorbent from agricultural waste | coastal wetlands; harbor spills",
            "low-cost arsenic removal | private wells; small water systems",
            "landfill leachate treatment | municipal landfills"),
        words(
            "Per- and polyfluoroalkyl substances persist in groundwater at hundreds of sites, and"
                + " current treatment produces large volumes of waste.",
            "Acid mine drainage degrades thousands of miles of streams in mining regions.",
            "Many rural households rely on private wells with unsafe levels of arsenic or"
                + " nitrate.",
            "Conventional pump-and-treat systems run for decades at high operating cost."),
        words(
            "Column studies with contaminated groundwater will measure removal efficiency and"
                + " breakthrough.",
            "Plant uptake and leaching tests will show whether the amendment keeps metals out of"
                + " the food chain.",
            "A pilot-scale unit will be operated for six months under regulatory oversight.",
            "Treated water will be analyzed by a certified laboratory using EPA methods.",
            "Life-cycle cost will be compared with granular activated carbon and ion exchange."),
        words(
            "Customers include environmental consulting firms, water utilities and federal"
                + " agencies.",
            "The system will be sold to remediation contractors and municipalities."));
    add(
        "business",
        false,
        12,
        words(),
        words(
            "inventory management software | small manufacturers; distributors",
            "a fleet scheduling tool | rural transit agencies; paratransit services",
            "a procurement workflow system | contracting offices; county governments",
            "a warehouse slotting and pick-path planning tool | regional distributors; Army depots",
            "a freight consolidation marketplace | regional carriers; small shippers",
            "a grant management platform | nonprofits; county governments",
            "a maintenance work order tracking system | field service teams; public works departments",
            "a spare parts provisioning tool | Army depots; fleet operators"),
        words(
            "Small manufacturers track inventory in spreadsheets, leading to stockouts, excess"
                + " stock and missed deliveries.",
            "Contracting offices process thousands of actions a year with manual, paper-based"
                + " steps.",
            "Rural transit agencies schedule rides by phone and paper, leaving vehicles"
                + " underused.",
            "Spare parts shortages ground equipment while other depots hold surplus stock."),
        words(
            "The web application will integrate with existing accounting and enterprise resource"
                + " planning systems.",
            "Requirements will be gathered through interviews and job shadowing with prospective"
                + " users.",
            "A pilot deployment with two customers will measure time savings, errors and user"
                + " satisfaction.",
            "Optimization models will generate routes and schedules that planners can adjust"
                + " before release.",
            "Dashboards will report key performance indicators and flag exceptions for"
                + " follow-up."),
        words(
            "The software will be offered as a subscription to businesses and public agencies.",
            "Markets include logistics providers, distributors and government contracting"
                + " offices."));
  }

  /** Related areas as topic indexes, resolved once all topics exist. */
  private static final int[][] RELATED = new int[TOPICS.size()][];

  private static final double[] CET_WEIGHTS = new double[TOPICS.size()];
  private static final double[] NON_CET_WEIGHTS = new double[TOPICS.size()];

  /** The share of awards outside the CET areas that a one-off award draws from. */
  private static final double ONE_OFF_NON_CET = 0.30;

  static {
    for (int i = 0; i < TOPICS.size(); i++) {
      Topic t = TOPICS.get(i);
      RELATED[i] = t.related().stream().mapToInt(TechnologyAreas::index).toArray();
      (t.cet() ? CET_WEIGHTS : NON_CET_WEIGHTS)[i] = t.weight();
    }
  }

  private TechnologyAreas() {}

  static int count() {
    return TOPICS.size();
  }

  static Topic topic(int i) {
    return TOPICS.get(i);
  }

  /** The index of topic {@code id}. */
  static int index(String id) {
    for (int i = 0; i < TOPICS.size(); i++) {
      if (TOPICS.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no topic " + id);
  }

  /**
   * A firm's areas: 32 % work mainly outside the CET areas (a quarter of them with a CET sideline);
   * the others have one CET area, half of them a second one, usually related.
   */
  static Specialty specialty(Rng r) {
    if (r.chance(NON_CET_FIRM)) {
      int primary = r.weighted(NON_CET_WEIGHTS);
      return new Specialty(
          primary, r.chance(NON_CET_FIRM_CET_SIDELINE) ? r.weighted(CET_WEIGHTS) : -1);
    }
    int primary = r.weighted(CET_WEIGHTS);
    if (!r.chance(CET_FIRM_SECOND_AREA)) {
      return new Specialty(primary, -1);
    }
    int[] related = RELATED[primary];
    int secondary = r.chance(0.8) ? related[r.nextInt(related.length)] : r.weighted(CET_WEIGHTS);
    return new Specialty(primary, secondary == primary ? -1 : secondary);
  }

  /** The topic of one award of a firm with {@code s}: mostly its own, now and then any other. */
  static int awardTopic(Specialty s, Rng r) {
    double x = r.nextDouble();
    if (s.secondary() < 0) {
      return x < PRIMARY_OF_ONE ? s.primary() : anyTopic(r);
    }
    if (x < PRIMARY_OF_TWO) {
      return s.primary();
    }
    return x < PRIMARY_OF_TWO + SECONDARY_OF_TWO ? s.secondary() : anyTopic(r);
  }

  /**
   * The second area a CET award's text touches, or -1 (85 % of CET awards, and every award outside
   * the CET areas). The firm's other area when it has one, else an area related to the topic.
   */
  static int crossArea(int topic, Specialty s, Rng r) {
    if (!topic(topic).cet() || !r.chance(CROSS_AREA)) {
      return -1;
    }
    int other = s.primary() == topic ? s.secondary() : s.primary();
    if (other >= 0 && other != topic && topic(other).cet() && r.chance(0.6)) {
      return other;
    }
    int[] related = RELATED[topic];
    return related.length == 0 ? -1 : related[r.nextInt(related.length)];
  }

  private static int anyTopic(Rng r) {
    return r.chance(ONE_OFF_NON_CET) ? r.weighted(NON_CET_WEIGHTS) : r.weighted(CET_WEIGHTS);
  }

  private static void add(
      String id,
      boolean cet,
      double weight,
      String[] related,
      String[] subjects,
      String[] problems,
      String[] approaches,
      String[] applications) {
    TOPICS.add(
        new Topic(
            id,
            cet,
            weight,
            List.of(related),
            Arrays.stream(subjects).map(Subject::parse).toList(),
            problems,
            approaches,
            applications));
  }

  private static String[] words(String... values) {
    return values;
  }
}
