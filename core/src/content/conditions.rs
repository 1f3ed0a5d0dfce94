//! What each condition is, in the kiosk's own plain words: a name a
//! customer knows and one line that says what it is.

use crate::t;
use crate::tree::{Condition as C, ConditionInfo};

/// One entry per [`C`], in `conditions.toml` order.
pub static CONDITIONS: [ConditionInfo; 25] = [
    ConditionInfo {
        condition: C::CherryAngioma,
        name: t!("Cherry spots (cherry angioma)", "Puntos rubí (angioma rubí)"),
        line: t!("Small, smooth red bumps that come with age. Harmless.", "Bultitos rojos y lisos que salen con la edad. Inofensivos."),
    },
    ConditionInfo {
        condition: C::Extravasation,
        name: t!("Burst tiny blood vessels", "Pequeños vasos de sangre rotos"),
        line: t!("Pressure, a knock or straining can burst tiny vessels. They fade in days.", "Una presión, un golpe o un esfuerzo pueden romper vasos pequeños. Se van en días."),
    },
    ConditionInfo {
        condition: C::Meningitis,
        name: t!("Meningitis", "Meningitis"),
        line: t!("A serious infection around the brain. It needs help at once.", "Una infección grave alrededor del cerebro. Necesita ayuda de inmediato."),
    },
    ConditionInfo {
        condition: C::Sepsis,
        name: t!("Sepsis (blood infection)", "Sepsis (infección en la sangre)"),
        line: t!("The body fights an infection so hard it harms itself. It needs help at once.", "El cuerpo lucha tan fuerte contra una infección que se daña. Necesita ayuda de inmediato."),
    },
    ConditionInfo {
        condition: C::BloodDisorder,
        name: t!("A blood problem", "Un problema de la sangre"),
        line: t!("Low platelets or a blood illness can cause spots and easy bleeding.", "Pocas plaquetas o una enfermedad de la sangre pueden dar manchas y sangrados fáciles."),
    },
    ConditionInfo {
        condition: C::DrugReaction,
        name: t!("Reaction to a medicine", "Reacción a un medicamento"),
        line: t!("Some medicines can cause spots, a rash or swelling.", "Ciertos medicamentos pueden dar manchas, sarpullido o hinchazón."),
    },
    ConditionInfo {
        condition: C::Hives,
        name: t!("Hives (allergy rash)", "Urticaria (ronchas)"),
        line: t!("Itchy raised welts that come and go, often from an allergy.", "Ronchas que pican, van y vienen, a menudo por una alergia."),
    },
    ConditionInfo {
        condition: C::Vasculitis,
        name: t!("Inflamed small blood vessels", "Vasos de sangre inflamados"),
        line: t!("Raised purple dots, often on the legs. A doctor should find the cause.", "Puntitos morados con relieve, a menudo en las piernas. Un médico debe buscar la causa."),
    },
    ConditionInfo {
        condition: C::Schamberg,
        name: t!("Schamberg's disease", "Enfermedad de Schamberg"),
        line: t!("Rusty, pepper-like dots on the lower legs. Harmless but lasting.", "Puntitos color óxido, como pimienta, bajo las rodillas. Inofensivos, pero duran."),
    },
    ConditionInfo {
        condition: C::Melanoma,
        name: t!("Skin cancer (melanoma)", "Cáncer de piel (melanoma)"),
        line: t!("Rarely, skin cancer starts as a red spot that grows or changes.", "Rara vez, un cáncer de piel empieza como una mancha roja que crece o cambia."),
    },
    ConditionInfo {
        condition: C::KeratosisPilaris,
        name: t!("Keratosis pilaris", "Piel áspera (queratosis pilar)"),
        line: t!("Rough goose-bump skin, often on the upper arms. Harmless.", "Piel áspera de gallina, a menudo en la parte alta del brazo. Inofensiva."),
    },
    ConditionInfo {
        condition: C::HeatRash,
        name: t!("Heat rash", "Sarpullido por calor"),
        line: t!("Blocked sweat glands make tiny prickly bumps when hot.", "Glándulas del sudor tapadas dan granitos que pican con el calor."),
    },
    ConditionInfo {
        condition: C::ContactDermatitis,
        name: t!("Skin reaction to something touched", "Reacción a algo que tocó la piel"),
        line: t!("Soap, metal, plants or gloves can make skin red, itchy and bumpy.", "Jabón, metales, plantas o guantes pueden causar rojez, picazón y granitos."),
    },
    ConditionInfo {
        condition: C::AtopicDermatitis,
        name: t!("Eczema", "Eccema"),
        line: t!("Dry, itchy skin that flares up and calms down.", "Piel seca que pica, y que empeora y mejora a ratos."),
    },
    ConditionInfo {
        condition: C::Psoriasis,
        name: t!("Psoriasis", "Psoriasis"),
        line: t!("Red patches with silvery scale. It runs in families.", "Zonas rojas con escamas plateadas. Suele venir de familia."),
    },
    ConditionInfo {
        condition: C::Rosacea,
        name: t!("Rosacea", "Rosácea"),
        line: t!("A red, flushing face with small bumps or fine veins.", "Cara enrojecida a ratos, con granitos o venitas finas."),
    },
    ConditionInfo {
        condition: C::InsectBites,
        name: t!("Insect bites", "Picaduras de insectos"),
        line: t!("Itchy bumps from mosquitoes, bed bugs or mites, often on the legs.", "Granitos que pican por mosquitos, chinches o ácaros, a menudo en las piernas."),
    },
    ConditionInfo {
        condition: C::Scabies,
        name: t!("Scabies", "Sarna (escabiosis)"),
        line: t!("Tiny mites that cause a strong itch, worse at night. It spreads by touch.", "Ácaros diminutos que causan mucha picazón, peor de noche. Se contagia por contacto."),
    },
    ConditionInfo {
        condition: C::Chickenpox,
        name: t!("Chickenpox", "Varicela"),
        line: t!("Itchy spots that turn to blisters, then crust. It spreads easily.", "Granitos que pican, se vuelven ampollas y luego costras. Se contagia mucho."),
    },
    ConditionInfo {
        condition: C::Shingles,
        name: t!("Shingles", "Culebrilla (herpes zóster)"),
        line: t!("The chickenpox virus waking up: a painful band of blisters on one side.", "El virus de la varicela que se despierta: una franja de ampollas con dolor en un lado."),
    },
    ConditionInfo {
        condition: C::Rubella,
        name: t!("Rubella (German measles)", "Rubéola"),
        line: t!("A virus with pink spots, a temperature and swollen glands. Dangerous in pregnancy.", "Un virus con manchas rosadas, fiebre y ganglios hinchados. Peligroso en el embarazo."),
    },
    ConditionInfo {
        condition: C::ScarletFever,
        name: t!("Scarlet fever", "Escarlatina"),
        line: t!("A throat infection with a rough red rash. It needs antibiotics.", "Infección de garganta con un sarpullido rojo y áspero. Necesita antibióticos."),
    },
    ConditionInfo {
        condition: C::RheumaticFever,
        name: t!("Rheumatic fever", "Fiebre reumática"),
        line: t!("Can follow an untreated sore throat. It can harm the heart.", "Puede aparecer tras unas anginas sin tratar. Puede dañar el corazón."),
    },
    ConditionInfo {
        condition: C::MrsaSkinInfection,
        name: t!("Skin infection (staph)", "Infección de piel (estafilococo)"),
        line: t!("Germs in the skin make a hot, swollen, painful area, sometimes with pus.", "Gérmenes en la piel causan una zona caliente, hinchada y dolorosa, a veces con pus."),
    },
    ConditionInfo {
        condition: C::Covid19,
        name: t!("COVID-19", "COVID-19"),
        line: t!("The COVID virus can sometimes cause small spots on the skin.", "El virus de la COVID a veces puede causar manchas pequeñas en la piel."),
    },
];
